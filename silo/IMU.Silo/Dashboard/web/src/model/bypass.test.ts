import { describe, expect, it } from 'vitest';
import { suggestedBypass } from './bypass';

describe('suggestedBypass', () => {
  it.each([
    ['ERROR', 'AE99001', 'HOLDERROR(AE99001)'],
    ['SYSTEM', 'ACTION', 'HOLDSYSTEM(ACTION(UJ90001))'],
    ['USER', 'LOCAL01', 'HOLDUSER(LOCAL01)'],
    ['FIXCAT', 'AH47422', 'HOLDFIXCAT(AH47422)'],
  ])('Bypass_%sHold_NamesOnlyThatReason', (category, reason, operands) => {
    expect(suggestedBypass({ category, reason }, 'UJ90001')).toBe(operands);
  });
  it('Bypass_UnknownCategory_SuggestsNothing', () => {
    expect(suggestedBypass({ category: 'OTHER', reason: 'X' }, 'UJ90001')).toBe('');
  });
});
