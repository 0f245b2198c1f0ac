import { describe, expect, it } from 'vitest';
import { percent, rangeAround, shift, ticks } from './range';

const at = (iso: string): number => Date.parse(iso);

describe('range', () => {
  it('Range_Around_ShowsAFifthPastAndStartsOnAnHour', () => {
    const range = rangeAround(at('2026-12-01T21:25:00Z'), 14);
    expect(new Date(range.from).toISOString()).toBe('2026-11-29T02:00:00.000Z');
    expect(range.to - range.from).toBe(14 * 86_400_000);
  });
  it('Range_Shift_MovesByHalfTheSpan', () => {
    const range = rangeAround(at('2026-12-01T00:00:00Z'), 2);
    expect(shift(range, 0.5).from - range.from).toBe(86_400_000);
  });
  it('Percent_OfTheMiddle_IsFifty', () => {
    expect(percent({ from: 0, to: 200 }, 100)).toBe(50);
  });
  it('Ticks_FortnightRange_AreUtcMidnights', () => {
    const t = ticks({ from: at('2026-11-29T02:00:00Z'), to: at('2026-12-13T02:00:00Z') });
    expect(t).toHaveLength(14);
    expect(t[0]).toMatchObject({ at: at('2026-11-30T00:00:00Z'), label: 'Mon 30', major: true });
  });
  it('Ticks_MonthRange_AreSundays', () => {
    const t = ticks({ from: at('2026-11-25T00:00:00Z'), to: at('2026-12-25T00:00:00Z') });
    expect(t.map((x) => new Date(x.at).getUTCDay())).toEqual([0, 0, 0, 0]);
  });
});
