const hour = 3_600_000;
const day = 24 * hour;

/** The stretch of time the timeline shows. */
export interface TimeRange {
  from: number;
  to: number;
}

export const spans = [
  { label: '1 day', days: 1 },
  { label: '7 days', days: 7 },
  { label: '14 days', days: 14 },
  { label: '30 days', days: 30 },
] as const;

/** Some past (last IPLs) and mostly future (windows, planned IPLs), starting on an hour. */
export function rangeAround(now: number, days: number): TimeRange {
  const from = Math.floor((now - days * day * 0.2) / hour) * hour;
  return { from, to: from + days * day };
}

export function shift(range: TimeRange, fraction: number): TimeRange {
  const delta = Math.round(((range.to - range.from) * fraction) / hour) * hour;
  return { from: range.from + delta, to: range.to + delta };
}

/** Position of an instant as a percentage of the range, for CSS `left`. */
export function percent(range: TimeRange, at: number): number {
  return ((at - range.from) / (range.to - range.from)) * 100;
}

export interface Tick {
  at: number;
  label: string;
  major: boolean;
}

const tickDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: '2-digit', timeZone: 'UTC' });
const tickHour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

/** Axis ticks on UTC boundaries: hours for a day, days for a week or two, weeks beyond. */
export function ticks(range: TimeRange): Tick[] {
  const length = range.to - range.from;
  const step = length <= 2 * day ? 3 * hour : length <= 16 * day ? day : 7 * day;
  let at = Math.ceil(range.from / step) * step;
  if (step === 7 * day) {
    // Weeks start on a UTC Sunday, the day IPL windows are usually declared on.
    const d = new Date(Math.ceil(range.from / day) * day);
    at = d.getTime() + ((7 - d.getUTCDay()) % 7) * day;
  }
  const result: Tick[] = [];
  for (; at < range.to; at += step) {
    const major = at % day === 0;
    result.push({ at, label: step < day && !major ? tickHour.format(at) : tickDay.format(at), major });
  }
  return result;
}

export const millisecondsPerDay = day;
