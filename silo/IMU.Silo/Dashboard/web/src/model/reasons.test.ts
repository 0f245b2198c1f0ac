import { describe, expect, it } from 'vitest';
import type { RolloutLpar } from '../api/contract';
import { holdWords, lparReasons, resolvedWords } from './reasons';

const held: RolloutLpar = {
  lpar: 'SYS007',
  state: 'HELD',
  reasons: [],
  sysmods: [{ id: 'UJ90003', status: 'HELD', activation: 'IPL', holds: [{ category: 'ERROR', reason: 'AE99001', resolvedBy: null }] }],
};

describe('reasons', () => {
  it('HoldWords_ErrorHold_SaysHeldForErrorAndReason', () => {
    expect(holdWords({ category: 'ERROR', reason: 'AE99001' })).toBe('held for ERROR AE99001');
  });
  it('ResolvedWords_ByAPerson_SaysBypassed', () => {
    expect(resolvedWords({ category: 'ERROR', reason: 'AE99001', resolvedBy: 'alice' })).toBe('ERROR AE99001 bypassed by alice');
  });
  it('ResolvedWords_ByTheOrchestrator_SaysResolved', () => {
    expect(resolvedWords({ category: 'SYSTEM', reason: 'IPL', resolvedBy: 'orchestrator' })).toBe('SYSTEM IPL resolved by orchestrator');
  });
  it('LparReasons_ServerGaveReasons_ShowsThemAsGiven', () => {
    const failed: RolloutLpar = { ...held, state: 'FAILED', reasons: ['group PLEXB failed on SYS003: APPLY RC 08'] };
    expect(lparReasons(failed, null)).toEqual(['group PLEXB failed on SYS003: APPLY RC 08']);
  });
  it('LparReasons_OpenHoldWithoutServerReason_SaysWhichHold', () => {
    expect(lparReasons(held, null)).toEqual(['UJ90003 held for ERROR AE99001']);
  });
  it('LparReasons_Staged_SaysWhichWindowItWaitsFor', () => {
    process.env.TZ = 'UTC';
    const staged: RolloutLpar = { lpar: 'SYS005', state: 'STAGED', reasons: [], sysmods: [{ id: 'UJ90002', status: 'STAGED', activation: 'IPL', holds: [] }] };
    const window = new Date(Date.now() + 2 * 86_400_000);
    window.setUTCHours(2, 0, 0, 0);
    const words = lparReasons(staged, window.toISOString());
    expect(words).toHaveLength(1);
    expect(words[0]).toMatch(/^waiting for window (Sun|Mon|Tue|Wed|Thu|Fri|Sat) 02:00 UTC$/);
  });
  it('LparReasons_StagedWithoutWindow_SaysNoWindowIsDeclared', () => {
    const staged: RolloutLpar = { lpar: 'SYS005', state: 'STAGED', reasons: [], sysmods: [] };
    expect(lparReasons(staged, null)).toEqual(['staged, waiting for an IPL (no IPL window declared)']);
  });
});
