import { beforeAll, describe, expect, it } from 'vitest';
import { addDuration, describeWindow, formatBoth, formatRelative, formatUtc, nextWindow, occurrences, parseDuration } from './time';

const at = (iso: string): number => Date.parse(iso);

beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});

describe('parseDuration', () => {
  it('Duration_HoursAndMinutes_AreFixedMilliseconds', () => {
    expect(parseDuration('PT2H30M')).toEqual({ years: 0, months: 0, ms: 9_000_000 });
  });
  it('Duration_WeeksAndDays_AreFixedMilliseconds', () => {
    expect(parseDuration('P1W')?.ms).toBe(7 * 86_400_000);
    expect(parseDuration('P7D')?.ms).toBe(7 * 86_400_000);
  });
  it('Duration_Months_StayCalendarMonths', () => {
    expect(parseDuration('P1M')).toEqual({ years: 0, months: 1, ms: 0 });
  });
  it('Duration_DotNetTimeSpanAsTheApiWritesIt_IsFixedMilliseconds', () => {
    expect(parseDuration('04:00:00')?.ms).toBe(4 * 3_600_000);
    expect(parseDuration('7.00:00:00')?.ms).toBe(7 * 86_400_000);
    expect(parseDuration('00:00:01.5000000')?.ms).toBe(1500);
  });
  it('Window_RepeatInTimeSpanForm_GivesDailyOccurrences', () => {
    const window = { start: '2026-12-01T02:00:00Z', duration: '02:00:00', repeat: '1.00:00:00' };
    expect(occurrences(window, at('2026-12-05T00:00:00Z'), at('2026-12-07T00:00:00Z')).map((o) => new Date(o.end).toISOString())).toEqual([
      '2026-12-05T04:00:00.000Z',
      '2026-12-06T04:00:00.000Z',
    ]);
  });
  it.each(['', 'P', 'PT', 'P1DT', '2H', 'P1H', '1:2:3'])('Duration_Malformed_%s_IsNull', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('occurrences', () => {
  it('Window_Weekly_DeclaredLongAgo_GivesTheOccurrencesInTheRange', () => {
    const window = { start: '2020-01-05T02:00:00Z', duration: 'PT2H', repeat: 'P7D' };
    const result = occurrences(window, at('2026-12-01T00:00:00Z'), at('2026-12-15T00:00:00Z'));
    expect(result.map((o) => new Date(o.start).toISOString())).toEqual(['2026-12-06T02:00:00.000Z', '2026-12-13T02:00:00.000Z']);
    expect(result[0].end - result[0].start).toBe(2 * 3_600_000);
  });
  it('Window_OpenAtRangeStart_IsIncluded', () => {
    const window = { start: '2026-12-06T02:00:00Z', duration: 'PT2H', repeat: 'P7D' };
    expect(occurrences(window, at('2026-12-06T03:00:00Z'), at('2026-12-06T05:00:00Z'))).toHaveLength(1);
  });
  it('Window_Monthly_FollowsTheCalendar', () => {
    const window = { start: '2026-01-04T02:00:00Z', duration: 'PT4H', repeat: 'P1M' };
    const starts = occurrences(window, at('2026-02-01T00:00:00Z'), at('2026-05-01T00:00:00Z')).map((o) => new Date(o.start).toISOString());
    expect(starts).toEqual(['2026-02-04T02:00:00.000Z', '2026-03-04T02:00:00.000Z', '2026-04-04T02:00:00.000Z']);
  });
  it('Window_MonthlyOnThe31st_ClampsToTheMonthsLastDay', () => {
    const window = { start: '2026-01-31T22:00:00Z', duration: 'PT1H', repeat: 'P1M' };
    const starts = occurrences(window, at('2026-02-01T00:00:00Z'), at('2026-04-01T00:00:00Z')).map((o) => new Date(o.start).toISOString().slice(0, 10));
    expect(starts).toEqual(['2026-02-28', '2026-03-31']);
  });
  it('Window_WithoutRepeat_OccursOnce', () => {
    const window = { start: '2026-12-06T02:00:00Z', duration: 'PT1H' };
    expect(occurrences(window, at('2026-12-01T00:00:00Z'), at('2027-12-01T00:00:00Z'))).toHaveLength(1);
  });
  it('Window_WithBadDuration_HasNoOccurrence', () => {
    expect(occurrences({ start: '2026-12-06T02:00:00Z', duration: 'two hours' }, 0, Number.MAX_SAFE_INTEGER)).toEqual([]);
  });
});

describe('nextWindow', () => {
  it('NextWindow_AsString_HasNoEnd', () => {
    expect(nextWindow('2026-12-06T02:00:00Z')).toEqual({ start: at('2026-12-06T02:00:00Z'), end: null });
  });
  it('NextWindow_WithDuration_HasItsEnd', () => {
    expect(nextWindow({ start: '2026-12-06T02:00:00Z', duration: 'PT2H' })?.end).toBe(at('2026-12-06T04:00:00Z'));
  });
  it('NextWindow_Null_IsNull', () => {
    expect(nextWindow(null)).toBeNull();
  });
});

describe('formatting', () => {
  it('FormatUtc_GivesWeekdayDateAndClock', () => {
    expect(formatUtc(at('2026-12-06T02:00:00Z'))).toBe('Sun 06 Dec 02:00 UTC');
    expect(formatUtc(at('2026-12-06T02:00:00Z'), true)).toBe('Sun 02:00 UTC');
  });
  it('FormatBoth_InBerlin_AddsTheLocalClock', () => {
    expect(formatBoth(at('2026-12-06T02:00:00Z'))).toBe('Sun 06 Dec 02:00 UTC (03:00 CET)');
  });
  it('FormatBoth_LocalDayDiffers_AddsTheLocalDate', () => {
    expect(formatBoth(at('2026-12-05T23:30:00Z'))).toBe('Sat 05 Dec 23:30 UTC (Sun 06 Dec 00:30 CET)');
  });
  it('FormatBoth_SummerTime_UsesTheSummerZoneName', () => {
    expect(formatBoth(at('2026-07-05T02:00:00Z'))).toBe('Sun 05 Jul 02:00 UTC (04:00 CEST)');
  });
  it('FormatRelative_SaysHowFar', () => {
    const now = at('2026-12-01T00:00:00Z');
    expect(formatRelative(now + 3 * 3_600_000 + 20 * 60_000, now)).toBe('in 3 h 20 min');
    expect(formatRelative(now - 5 * 86_400_000, now)).toBe('5 d ago');
  });
  it('DescribeWindow_Weekly_SaysEveryWeek', () => {
    expect(describeWindow({ start: '2026-12-06T02:00:00Z', duration: 'PT2H', repeat: 'P7D' })).toBe(
      'every week from Sun 06 Dec 02:00 UTC (03:00 CET), for 2 h',
    );
  });
  it('AddDuration_Months_KeepsTheClock', () => {
    expect(new Date(addDuration(at('2026-01-15T02:00:00Z'), { years: 0, months: 2, ms: 0 })).toISOString()).toBe('2026-03-15T02:00:00.000Z');
  });
});
