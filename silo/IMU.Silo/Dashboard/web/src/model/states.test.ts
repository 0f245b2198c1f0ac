import { describe, expect, it } from 'vitest';
import { isLparDone, toneOf } from './states';

describe('states', () => {
  it('Done_ActiveOrSkipped_IsDone', () => {
    expect(isLparDone('ACTIVE')).toBe(true);
    expect(isLparDone('SKIPPED')).toBe(true);
  });
  it('Done_Staged_IsNotDone', () => {
    expect(isLparDone('STAGED', ['STAGED'])).toBe(false);
  });
  it('Done_AppliedWithStagedSysmod_IsNotDone', () => {
    expect(isLparDone('APPLIED', ['APPLIED', 'STAGED'])).toBe(false);
    expect(isLparDone('APPLIED', ['APPLIED'])).toBe(true);
  });
  it('Tone_UnknownWord_IsIdle', () => {
    expect(toneOf('OPERATING')).toBe('idle');
    expect(toneOf('held')).toBe('attention');
  });
});
