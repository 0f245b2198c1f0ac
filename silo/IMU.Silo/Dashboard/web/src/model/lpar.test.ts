import { describe, expect, it } from 'vitest';
import type { RolloutStatus } from '../api/contract';
import { joinLpar } from './lpar';

const rollout = (name: string, lpars: string[]): RolloutStatus => ({
  name,
  state: 'RUNNING',
  sysmods: ['UJ90001'],
  waves: [{ index: 1, state: 'RUNNING', lpars }],
  lpars: lpars.map((lpar) => ({ lpar, state: 'STAGED', reasons: [], sysmods: [{ id: 'UJ90001', status: 'STAGED', activation: 'IPL', holds: [] }] })),
  groups: [],
  audit: [],
  reasons: [],
});

describe('joinLpar', () => {
  it('JoinLpar_RolloutsTargetingIt_AreItsPartOfEachWithTheRolloutState', () => {
    const detail = { lpar: 'SYS002', zone: 'SYS002/TGT1', needsIpl: true, lastIpl: null, nextIplWindow: null, staged: [], active: [] };
    const fleet = [{ lpar: 'SYS002', sysplex: 'PLEXA', zone: 'SYS002/TGT1', state: 'STAGED', needsIpl: true, nextIplWindow: null }];
    const joined = joinLpar(detail, fleet, { SYS002: [{ start: '2026-12-06T02:00:00Z', duration: '02:00:00', repeat: '7.00:00:00' }] }, [
      rollout('r1', ['SYS001', 'SYS002']),
      rollout('r2', ['SYS003']),
    ]);
    expect([joined.state, joined.iplWindows?.length, joined.rollouts?.map((r) => [r.rollout, r.rolloutState, r.state])]).toEqual([
      'STAGED',
      1,
      [['r1', 'RUNNING', 'STAGED']],
    ]);
  });
});
