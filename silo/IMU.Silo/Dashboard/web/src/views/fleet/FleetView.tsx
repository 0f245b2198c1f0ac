import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FleetLpar, IplWindow, LparDetail } from '../../api/contract';
import { getJson } from '../../api/http';
import { useResource } from '../../api/useResource';
import { applyFilter, groupBySysplex, joinFleet, type FleetFilter, type SysplexRows } from '../../model/fleet';
import { Heading } from '../common/Heading';
import { Loading, Problem } from '../common/Problem';
import { FleetRow } from './FleetRow';
import { millisecondsPerDay, percent, rangeAround, shift, spans, type TimeRange } from './range';
import { SysplexHeader } from './SysplexHeader';
import { TimeAxis } from './TimeAxis';
import { useRowHeights, useVisibleSlice } from './useVisibleSlice';

async function loadFleet(signal: AbortSignal): Promise<FleetLpar[]> {
  const [rows, lpars, windows] = await Promise.all([
    getJson<FleetLpar[]>('/api/fleet', signal),
    getJson<LparDetail[]>('/api/lpars', signal),
    getJson<Record<string, IplWindow[]>>('/api/fleet/ipl-windows', signal),
  ]);
  return joinFleet(rows, lpars, windows);
}

function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** One line of the grid: a sysplex heading or one of its LPARs. */
type Line = { kind: 'sysplex'; group: SysplexRows } | { kind: 'lpar'; group: SysplexRows; lpar: FleetLpar };

function linesOf(groups: readonly SysplexRows[], collapsed: ReadonlySet<string>): Line[] {
  const lines: Line[] = [];
  for (const group of groups) {
    lines.push({ kind: 'sysplex', group });
    if (!collapsed.has(group.sysplex)) {
      for (const lpar of group.lpars) {
        lines.push({ kind: 'lpar', group, lpar });
      }
    }
  }
  return lines;
}

/** Fleet / IPL timeline: every LPAR a row, grouped by sysplex, on one time axis. */
export function FleetView() {
  // An LPAR's row changes with what is staged on it, which the event does not carry: refetch the join.
  const fleet = useResource<FleetLpar[]>('/api/fleet', (event) => (event.type === 'lpar' || event.type === 'fleet' ? 'refetch' : null), loadFleet);
  const now = useNow();
  const [filter, setFilter] = useState<FleetFilter>({ text: '', needsIplOnly: false, driftOnly: false });
  const [days, setDays] = useState<number>(14);
  const [range, setRange] = useState<TimeRange>(() => rangeAround(Date.now(), 14));
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const heights = useRowHeights();
  const body = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => (fleet.data ? groupBySysplex(fleet.data) : []), [fleet.data]);
  const shown = useMemo(() => applyFilter(groups, filter), [groups, filter]);
  const lines = useMemo(() => linesOf(shown, collapsed), [shown, collapsed]);
  const offsets = useMemo(() => {
    const result = new Float64Array(lines.length + 1);
    lines.forEach((line, i) => (result[i + 1] = result[i] + (line.kind === 'sysplex' ? heights.sysplex : heights.lpar)));
    return result;
  }, [lines, heights]);
  const slice = useVisibleSlice(body, offsets);
  const shownCount = shown.reduce((n, g) => n + g.lpars.length, 0);

  useEffect(() => {
    if (fleet.data) {
      // Painted, not just committed: the mark the page's speed is measured by.
      requestAnimationFrame(() => setTimeout(() => performance.mark('imu:fleet-rendered'), 0));
    }
  }, [fleet.data !== null]);

  const totals = useMemo(() => {
    const lpars = fleet.data ?? [];
    return {
      lpars: lpars.length,
      sysplexes: groups.length,
      needsIpl: lpars.filter((l) => l.needsIpl).length,
      staged: lpars.reduce((n, l) => n + (l.staged?.length ?? 0), 0),
      drifting: groups.filter((g) => g.drift.levels.length > 1).length,
    };
  }, [fleet.data, groups]);

  const setSpan = (d: number): void => {
    setDays(d);
    setRange(rangeAround(Date.now(), d));
  };
  const toggle = (sysplex: string): void => {
    const next = new Set(collapsed);
    if (!next.delete(sysplex)) {
      next.add(sysplex);
    }
    setCollapsed(next);
  };
  const gridStyle = {
    '--now-at': `${percent(range, now)}%`,
    '--day': `${(millisecondsPerDay / (range.to - range.from)) * 100}%`,
    '--day0': `${percent(range, Math.ceil(range.from / millisecondsPerDay) * millisecondsPerDay)}%`,
    '--row-h': `${heights.lpar}px`,
    '--plex-h': `${heights.sysplex}px`,
  };
  const filterName = [filter.needsIplOnly ? 'needs-ipl' : '', filter.driftOnly ? 'drift' : '', filter.text ? 'text' : ''].filter(Boolean).join(' ') || 'none';

  return (
    <section class="fleet" aria-labelledby="fleet-title" data-rows={fleet.data?.length ?? 0} data-shown={shownCount} data-filter={filterName}>
      <div id="fleet-title">
        <Heading focusKey="fleet">Fleet and IPL timeline</Heading>
      </div>
      {fleet.error ? <Problem error={fleet.error} what="Could not load the fleet" /> : null}
      {fleet.loading && !fleet.data ? <Loading what="the fleet" /> : null}
      {fleet.data ? (
        <>
          <p class="summary">
            {totals.lpars.toLocaleString('en')} LPARs in {totals.sysplexes} sysplexes · <strong>{totals.needsIpl}</strong> need an IPL · {totals.staged} SYSMODs
            staged · <strong>{totals.drifting}</strong> sysplexes with level drift
          </p>
          <div class="toolbar" role="toolbar" aria-label="Fleet filters and time range">
            <label class="search">
              Find{' '}
              <input
                type="search"
                value={filter.text}
                placeholder="LPAR, sysplex or SYSMOD"
                onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
              />
            </label>
            <label>
              <input
                id="needs-ipl"
                type="checkbox"
                checked={filter.needsIplOnly}
                onChange={(e) => setFilter({ ...filter, needsIplOnly: e.currentTarget.checked })}
              />{' '}
              Needs IPL
            </label>
            <label>
              <input
                id="drift-only"
                type="checkbox"
                checked={filter.driftOnly}
                onChange={(e) => setFilter({ ...filter, driftOnly: e.currentTarget.checked })}
              />{' '}
              Level drift only
            </label>
            <span class="group" role="group" aria-label="Time span">
              {spans.map((s) => (
                <button key={s.days} type="button" aria-pressed={days === s.days} onClick={() => setSpan(s.days)}>
                  {s.label}
                </button>
              ))}
            </span>
            <span class="group" role="group" aria-label="Move the time axis">
              <button type="button" onClick={() => setRange(shift(range, -0.5))} aria-label="Earlier">
                ◀ earlier
              </button>
              <button type="button" onClick={() => setRange(rangeAround(Date.now(), days))}>
                now
              </button>
              <button type="button" onClick={() => setRange(shift(range, 0.5))} aria-label="Later">
                later ▶
              </button>
            </span>
          </div>
          <ul class="legend" aria-label="Legend">
            <li>
              <span class="win" /> IPL window
            </li>
            <li>
              <span class="win awaited" /> window a staged change waits for
            </li>
            <li>
              <span class="staged">n</span> SYSMODs staged for that IPL
            </li>
            <li>
              <span class="mark planned" /> IPL planned
            </li>
            <li>
              <span class="mark last" /> last IPL
            </li>
            <li>
              <span class="nowline" /> now
            </li>
          </ul>
          <p class="muted shown" aria-live="polite">
            Showing {shownCount.toLocaleString('en')} of {totals.lpars.toLocaleString('en')} LPARs; axis in UTC.
          </p>
          <div class="grid" role="table" aria-label="LPARs by sysplex on the IPL time axis" aria-rowcount={lines.length + 1} style={gridStyle}>
            <div role="rowgroup" class="grid-head">
              <div role="row" class="row head" aria-rowindex={1}>
                <span role="columnheader" class="c-lpar">
                  LPAR
                </span>
                <span role="columnheader" class="c-state">
                  State
                </span>
                <span role="columnheader" class="c-level">
                  Level
                </span>
                <span role="columnheader" class="c-staged">
                  Staged
                </span>
                <span role="columnheader" class="c-last">
                  Last IPL
                </span>
                <span role="columnheader" class="c-next">
                  Next IPL window
                </span>
                <span role="columnheader" class="c-track">
                  <TimeAxis range={range} />
                </span>
              </div>
            </div>
            <div role="rowgroup" class="grid-body" ref={body} style={{ height: `${offsets[lines.length]}px` }}>
              <div class="grid-slice" style={{ transform: `translateY(${offsets[slice.first]}px)` }}>
                {lines
                  .slice(slice.first, slice.last)
                  .map((line, i) =>
                    line.kind === 'sysplex' ? (
                      <SysplexHeader
                        key={`plex ${line.group.sysplex}`}
                        group={line.group}
                        collapsed={collapsed.has(line.group.sysplex)}
                        onToggle={() => toggle(line.group.sysplex)}
                        rowIndex={slice.first + i + 2}
                      />
                    ) : (
                      <FleetRow key={line.lpar.lpar} lpar={line.lpar} drift={line.group.drift} range={range} now={now} rowIndex={slice.first + i + 2} />
                    ),
                  )}
              </div>
            </div>
          </div>
          {shown.length === 0 ? <p class="muted">No LPAR matches the filter.</p> : null}
        </>
      ) : null}
    </section>
  );
}
