import type { FleetLpar } from '../../api/contract';
import { formatBoth, formatUtc, nextWindow, occurrences, type Occurrence } from '../../model/time';
import { percent, type TimeRange } from './range';

function clampLeft(range: TimeRange, at: number): number {
  return Math.max(0, Math.min(100, percent(range, at)));
}

function windowStyle(range: TimeRange, o: Occurrence): { left: string; width: string } {
  const left = clampLeft(range, o.start);
  return { left: `${left}%`, width: `${clampLeft(range, o.end) - left}%` };
}

/** What the row says in words, for screen readers and as the tooltip of the track. */
function describe(lpar: FleetLpar, windows: Occurrence[], next: number | null): string {
  const parts: string[] = [];
  parts.push(windows.length ? `IPL windows: ${windows.map((w) => formatUtc(w.start)).join(', ')}` : 'no IPL window in view');
  if (lpar.lastIpl) {
    parts.push(`last IPL ${formatBoth(Date.parse(lpar.lastIpl))}`);
  }
  if (lpar.plannedIpl) {
    parts.push(`IPL planned ${formatBoth(Date.parse(lpar.plannedIpl))}`);
  }
  const staged = lpar.staged ?? [];
  if (staged.length) {
    parts.push(`staged for ${next !== null ? `the IPL at ${formatUtc(next)}` : 'the next IPL'}: ${staged.map((s) => s.id).join(', ')}`);
  }
  return parts.join('; ');
}

/**
 * One LPAR on the time axis: its IPL windows, its last IPL, its planned IPL and, at the window it
 * waits for, how many staged SYSMODs that IPL will activate. Plain positioned spans, so a thousand
 * rows stay cheap and every mark has a tooltip.
 */
export function TimelineTrack({ lpar, range }: { lpar: FleetLpar; range: TimeRange }) {
  const windows = (lpar.iplWindows ?? []).flatMap((w) => occurrences(w, range.from, range.to)).sort((a, b) => a.start - b.start);
  const next = nextWindow(lpar.nextIplWindow);
  const nextStart = next?.start ?? null;
  const staged = lpar.staged ?? [];
  const lastIpl = lpar.lastIpl ? Date.parse(lpar.lastIpl) : NaN;
  const planned = lpar.plannedIpl ? Date.parse(lpar.plannedIpl) : NaN;
  const inRange = (at: number): boolean => at >= range.from && at <= range.to;
  // The next window may come only from `nextIplWindow` when the fleet item carries no declarations.
  if (next && next.end !== null && !windows.some((w) => w.start === next.start) && next.end > range.from && next.start < range.to) {
    windows.push({ start: next.start, end: next.end });
  }
  const label = describe(lpar, windows, nextStart);
  return (
    <div class="track" role="img" aria-label={`${lpar.lpar}: ${label}`} title={label}>
      {windows.map((w) => (
        <span key={w.start} class={w.start === nextStart && staged.length ? 'win awaited' : 'win'} style={windowStyle(range, w)} />
      ))}
      {inRange(lastIpl) ? <span class="mark last" style={{ left: `${percent(range, lastIpl)}%` }} /> : null}
      {inRange(planned) ? <span class="mark planned" style={{ left: `${percent(range, planned)}%` }} /> : null}
      {staged.length && nextStart !== null && inRange(nextStart) ? (
        <span class="staged" style={{ left: `${percent(range, nextStart)}%` }}>
          {staged.length}
        </span>
      ) : null}
      {staged.length && nextStart !== null && nextStart > range.to ? <span class="staged beyond">{staged.length} →</span> : null}
    </div>
  );
}
