import { describe, expect, it } from 'vitest';
import type { LparDetail } from '../../api/contract';
import { zoneRows } from './zoneRows';

const base: LparDetail = {
  lpar: 'SYS007',
  zone: 'TGT1',
  needsIpl: true,
  lastIpl: null,
  nextIplWindow: null,
  staged: [{ id: 'UJ90002', rollout: 'rsu2612' }],
  active: [{ id: 'UJ90001' }],
  rollouts: [
    {
      rollout: 'rsu2612',
      rolloutState: 'RUNNING',
      lpar: 'SYS007',
      state: 'HELD',
      reasons: ['waiting for wave 2'],
      sysmods: [
        { id: 'UJ90001', status: 'ACTIVE', activation: 'NONE', holds: [] },
        { id: 'UJ90003', status: 'HELD', activation: 'IPL', holds: [{ category: 'ERROR', reason: 'AE99001', resolvedBy: null }] },
        { id: 'UJ90004', status: 'PENDING', activation: 'IPL', holds: [] },
      ],
    },
  ],
};

describe('zoneRows', () => {
  it('Zone_ActiveSysmodOfARollout_IsOneRowWithItsRollout', () => {
    const rows = zoneRows(base).filter((r) => r.id === 'UJ90001');
    expect(rows).toEqual([{ id: 'UJ90001', status: 'ACTIVE', activation: 'NONE', rollout: 'rsu2612', why: [] }]);
  });
  it('Zone_StagedWithoutWindow_SaysItWaitsForAnIpl', () => {
    expect(zoneRows(base).find((r) => r.id === 'UJ90002')?.why).toEqual(['waiting for an IPL (no IPL window declared)']);
  });
  it('Zone_HeldSysmod_SaysWhichHold', () => {
    expect(zoneRows(base).find((r) => r.id === 'UJ90003')?.why).toEqual(['held for ERROR AE99001']);
  });
  it('Zone_PendingSysmod_GivesTheRolloutsReasons', () => {
    expect(zoneRows(base).find((r) => r.id === 'UJ90004')?.why).toEqual(['waiting for wave 2']);
  });
});
