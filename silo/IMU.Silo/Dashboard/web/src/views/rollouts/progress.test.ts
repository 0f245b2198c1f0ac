import { describe, expect, it } from 'vitest';
import type { RolloutStatus } from '../../api/contract';
import { pendingHolds, progressOf, resolvedHolds, wavesAwaitingApproval } from './progress';

const error = { category: 'ERROR', reason: 'AE99001', resolvedBy: null };
const rollout: RolloutStatus = {
  name: 'rsu2612',
  state: 'WAITING',
  sysmods: ['UJ90003'],
  waves: [
    { index: 1, state: 'COMPLETED', lpars: ['SYS001'] },
    { index: 2, state: 'AWAITING_APPROVAL', lpars: ['SYS002', 'SYS003'] },
  ],
  lpars: [
    {
      lpar: 'SYS001',
      state: 'ACTIVE',
      reasons: [],
      sysmods: [{ id: 'UJ90003', status: 'ACTIVE', activation: 'IPL', holds: [{ ...error, resolvedBy: 'bob' }] }],
    },
    { lpar: 'SYS002', state: 'HELD', reasons: [], sysmods: [{ id: 'UJ90003', status: 'HELD', activation: 'IPL', holds: [error] }] },
    { lpar: 'SYS003', state: 'HELD', reasons: [], sysmods: [{ id: 'UJ90003', status: 'HELD', activation: 'IPL', holds: [error] }] },
  ],
  groups: [],
  audit: [],
  reasons: ['waiting for approval of wave 2'],
};

describe('progress', () => {
  it('Progress_CountsDoneLparsAndStates', () => {
    expect(progressOf(rollout)).toEqual({
      done: 1,
      total: 3,
      byState: [
        ['ACTIVE', 1],
        ['HELD', 2],
      ],
    });
  });
  it('PendingHolds_SameHoldOnTwoLpars_IsOneDecision', () => {
    expect(pendingHolds(rollout)).toEqual([{ sysmod: 'UJ90003', category: 'ERROR', reason: 'AE99001', resolvedBy: null, lpars: ['SYS002', 'SYS003'] }]);
  });
  it('ResolvedHolds_NamesWhoDecided', () => {
    expect(resolvedHolds(rollout)).toEqual([{ sysmod: 'UJ90003', category: 'ERROR', reason: 'AE99001', resolvedBy: 'bob', lpars: ['SYS001'] }]);
  });
  it('Approval_WaitingWave_IsListed', () => {
    expect(wavesAwaitingApproval(rollout)).toEqual([2]);
  });
});
