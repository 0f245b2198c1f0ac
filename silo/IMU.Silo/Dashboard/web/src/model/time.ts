import type { IplWindow, NextIplWindow } from '../api/contract';

/** An ISO-8601 duration split into calendar parts (years, months) and a fixed part in ms. */
export interface Duration {
  years: number;
  months: number;
  ms: number;
}

const durationPattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** .NET's TimeSpan as System.Text.Json writes it (the API's durations): `[d.]hh:mm:ss[.fffffff]`. */
const timeSpanPattern = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;

/** A duration in ISO-8601 (`PT2H`, `P7D`, as fleet files write them) or in .NET's TimeSpan form (`02:00:00`, `7.00:00:00`). */
export function parseDuration(text: string): Duration | null {
  const span = timeSpanPattern.exec(text.trim());
  if (span) {
    const [days, hours, minutes, seconds] = [1, 2, 3, 4].map((i) => (span[i] ? Number(span[i]) : 0));
    const fraction = span[5] ? Number(`0.${span[5]}`) : 0;
    return { years: 0, months: 0, ms: (((days * 24 + hours) * 60 + minutes) * 60 + seconds + fraction) * 1000 };
  }
  const m = durationPattern.exec(text.trim().toUpperCase());
  if (!m || text.trim().length < 3 || text.trim().toUpperCase().endsWith('T')) {
    return null;
  }
  const n = (i: number): number => (m[i] ? Number(m[i]) : 0);
  return {
    years: n(1),
    months: n(2),
    ms: (((n(3) * 7 + n(4)) * 24 + n(5)) * 60 + n(6)) * 60_000 + n(7) * 1000,
  };
}

export function addDuration(at: number, d: Duration, times = 1): number {
  if (d.years === 0 && d.months === 0) {
    return at + d.ms * times;
  }
  // Calendar months clamp to the month's last day (31 Jan + P1M = 28 Feb), as .NET's AddMonths does.
  const date = new Date(at);
  const months = date.getUTCMonth() + (d.years * 12 + d.months) * times;
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), months + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(date.getUTCFullYear(), months, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()) + d.ms * times;
}

function isEmpty(d: Duration): boolean {
  return d.years === 0 && d.months === 0 && d.ms === 0;
}

export interface Occurrence {
  start: number;
  end: number;
}

/** The occurrences of a window that overlap [from, to), oldest first. */
export function occurrences(window: IplWindow, from: number, to: number): Occurrence[] {
  const start = Date.parse(window.start);
  const length = parseDuration(window.duration);
  if (Number.isNaN(start) || !length) {
    return [];
  }
  const repeat = window.repeat ? parseDuration(window.repeat) : null;
  const result: Occurrence[] = [];
  if (!repeat || isEmpty(repeat)) {
    const end = addDuration(start, length);
    if (end > from && start < to) {
      result.push({ start, end });
    }
    return result;
  }
  // Jump close to `from` for fixed repeats so a window declared years ago costs nothing.
  let k = 0;
  if (repeat.years === 0 && repeat.months === 0) {
    const lengthMs = addDuration(start, length) - start;
    k = Math.max(0, Math.floor((from - start - lengthMs) / repeat.ms));
  }
  for (let guard = 0; guard < 10_000; guard++, k++) {
    const s = addDuration(start, repeat, k);
    if (s >= to) {
      break;
    }
    const e = addDuration(s, length);
    if (e > from) {
      result.push({ start: s, end: e });
    }
  }
  return result;
}

/** The start and, where known, the end of the next IPL window, whatever form the server gave. */
export function nextWindow(next: NextIplWindow): Occurrence | { start: number; end: null } | null {
  if (!next) {
    return null;
  }
  if (typeof next === 'string') {
    const start = Date.parse(next);
    return Number.isNaN(start) ? null : { start, end: null };
  }
  const start = Date.parse(next.start);
  if (Number.isNaN(start)) {
    return null;
  }
  if (next.end) {
    const end = Date.parse(next.end);
    return Number.isNaN(end) ? { start, end: null } : { start, end };
  }
  const length = next.duration ? parseDuration(next.duration) : null;
  return length ? { start, end: addDuration(start, length) } : { start, end: null };
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

// Built by hand rather than with Intl: the fleet view formats a few thousand instants per render.
function parts(day: number, date: number, month: number, hours: number, minutes: number, short: boolean): string {
  const clock = `${two(hours)}:${two(minutes)}`;
  return short ? `${weekdays[day]} ${clock}` : `${weekdays[day]} ${two(date)} ${months[month]} ${clock}`;
}

/** "Sun 06 Dec 02:00 UTC"; `short` drops the date: "Sun 02:00 UTC". */
export function formatUtc(at: number, short = false): string {
  const d = new Date(at);
  return `${parts(d.getUTCDay(), d.getUTCDate(), d.getUTCMonth(), d.getUTCHours(), d.getUTCMinutes(), short)} UTC`;
}

const zoneNames = new Map<number, string>();

/** The browser zone's short name at an instant (CET, CEST, GMT-5), looked up once per UTC offset. */
function zoneName(d: Date): string {
  const offset = d.getTimezoneOffset();
  let name = zoneNames.get(offset);
  if (name === undefined) {
    name = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
    zoneNames.set(offset, name);
  }
  return name;
}

/** The same instant in the browser's zone, e.g. "Sun 06 Dec 03:00 CET"; `short`: "03:00 CET". */
export function formatLocal(at: number, short = false): string {
  const d = new Date(at);
  const text = short ? `${two(d.getHours())}:${two(d.getMinutes())}` : parts(d.getDay(), d.getDate(), d.getMonth(), d.getHours(), d.getMinutes(), false);
  return `${text} ${zoneName(d)}`;
}

/** "Sun 06 Dec 02:00 UTC (03:00 CET)", the local part omitted where local time is UTC at that instant. */
export function formatBoth(at: number, short = false): string {
  const d = new Date(at);
  if (d.getTimezoneOffset() === 0) {
    return formatUtc(at, short);
  }
  const sameDay = d.getUTCDate() === d.getDate();
  return `${formatUtc(at, short)} (${sameDay ? formatLocal(at, true) : formatLocal(at)})`;
}

/** "in 3 h 20 min", "2 d ago": how far an instant is from now. */
export function formatRelative(at: number, now: number): string {
  const delta = at - now;
  const abs = Math.abs(delta);
  const minutes = Math.round(abs / 60_000);
  let text: string;
  if (minutes < 1) {
    return 'now';
  } else if (minutes < 60) {
    text = `${minutes} min`;
  } else if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    text = m && h < 10 ? `${h} h ${m} min` : `${h} h`;
  } else {
    text = `${Math.round(minutes / 1440)} d`;
  }
  return delta > 0 ? `in ${text}` : `${text} ago`;
}

/** "every 7 days from Sun 06 Dec 02:00 UTC, for 2 h": a window declaration in words. */
export function describeWindow(window: IplWindow): string {
  const start = Date.parse(window.start);
  const length = parseDuration(window.duration);
  const repeat = window.repeat ? parseDuration(window.repeat) : null;
  const when = Number.isNaN(start) ? window.start : formatBoth(start);
  const lengthText = length ? describeDuration(length) : window.duration;
  if (!repeat || isEmpty(repeat)) {
    return `once at ${when}, for ${lengthText}`;
  }
  // "every week", not "every 1 week".
  return `every ${describeDuration(repeat).replace(/^1 (?=[a-z]{3,})/, '')} from ${when}, for ${lengthText}`;
}

export function describeDuration(d: Duration): string {
  const parts: string[] = [];
  const unit = (n: number, one: string, many: string): void => {
    if (n) {
      parts.push(`${n} ${n === 1 ? one : many}`);
    }
  };
  unit(d.years, 'year', 'years');
  unit(d.months, 'month', 'months');
  let rest = d.ms / 60_000;
  const days = Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  rest -= hours * 60;
  if (days % 7 === 0 && days > 0 && hours === 0 && rest === 0) {
    unit(days / 7, 'week', 'weeks');
  } else {
    unit(days, 'day', 'days');
  }
  unit(hours, 'h', 'h');
  unit(Math.round(rest), 'min', 'min');
  return parts.join(' ') || '0 min';
}
