import { describe, expect, it } from 'vitest';
import type { FleetLpar } from '../api/contract';
import { sysplexDrift } from './drift';

const lpar = (name: string, active: string[]): FleetLpar => ({
  lpar: name,
  sysplex: 'PLEXA',
  zone: 'TGT1',
  state: 'OPERATING',
  needsIpl: false,
  nextIplWindow: null,
  active: active.map((id) => ({ id })),
});

describe('sysplexDrift', () => {
  it('Drift_SameActiveSysmods_IsOneLevel', () => {
    const drift = sysplexDrift('PLEXA', [lpar('SYS001', ['UJ90001', 'UJ90002']), lpar('SYS002', ['UJ90002', 'UJ90001'])]);
    expect(drift.levels).toHaveLength(1);
    expect(drift.missing.get('SYS001')).toEqual([]);
  });
  it('Drift_OneLparBehind_NamesWhatItLacks', () => {
    const drift = sysplexDrift('PLEXA', [lpar('SYS001', ['UJ90001', 'UJ90002']), lpar('SYS002', ['UJ90001', 'UJ90002']), lpar('SYS003', ['UJ90001'])]);
    expect(drift.levels).toHaveLength(2);
    expect(drift.levelOf.get('SYS001')?.rank).toBe(1);
    expect(drift.levelOf.get('SYS003')?.rank).toBe(2);
    expect(drift.missing.get('SYS003')).toEqual(['UJ90002']);
  });
  it('Drift_LparAhead_MakesTheOthersLackItsSysmod', () => {
    const drift = sysplexDrift('PLEXA', [lpar('SYS001', ['UJ90001']), lpar('SYS002', ['UJ90001']), lpar('SYS003', ['UJ90001', 'UJ90009'])]);
    expect(drift.missing.get('SYS001')).toEqual(['UJ90009']);
    expect(drift.missing.get('SYS003')).toEqual([]);
  });
  it('Drift_StagedIsNotActive_CountsAsDrift', () => {
    const staged: FleetLpar = { ...lpar('SYS002', []), staged: [{ id: 'UJ90001', rollout: 'r' }], needsIpl: true };
    const drift = sysplexDrift('PLEXA', [lpar('SYS001', ['UJ90001']), staged]);
    expect(drift.missing.get('SYS002')).toEqual(['UJ90001']);
  });
});
