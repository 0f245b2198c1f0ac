import type { FleetLpar, IplWindow, LparDetail } from '../api/contract';
import { sysplexDrift, type SysplexDrift } from './drift';
import { nextWindow } from './time';

export interface SysplexRows {
  sysplex: string;
  /** The LPARs a filter kept (all of them before filtering). */
  lpars: FleetLpar[];
  /** How many LPARs the sysplex has, filtered or not. */
  total: number;
  drift: SysplexDrift;
  needsIpl: number;
}

export interface FleetFilter {
  text: string;
  needsIplOnly: boolean;
  driftOnly: boolean;
}

/** Sysplexes in name order, each with its LPARs in name order; drift is computed on the whole sysplex. */
export function groupBySysplex(fleet: readonly FleetLpar[]): SysplexRows[] {
  const groups = new Map<string, FleetLpar[]>();
  for (const lpar of fleet) {
    const key = lpar.sysplex || '(no sysplex)';
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(lpar);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sysplex, lpars]) => {
      lpars.sort((a, b) => a.lpar.localeCompare(b.lpar));
      return { sysplex, lpars, total: lpars.length, drift: sysplexDrift(sysplex, lpars), needsIpl: lpars.filter((l) => l.needsIpl).length };
    });
}

/** The rows a filter keeps; sysplexes left without rows disappear. */
export function applyFilter(groups: readonly SysplexRows[], filter: FleetFilter): SysplexRows[] {
  const text = filter.text.trim().toUpperCase();
  const result: SysplexRows[] = [];
  for (const group of groups) {
    if (filter.driftOnly && group.drift.levels.length < 2) {
      continue;
    }
    const sysplexMatches = text !== '' && group.sysplex.toUpperCase().includes(text);
    const lpars = group.lpars.filter(
      (l) =>
        (!filter.needsIplOnly || l.needsIpl) &&
        (text === '' || sysplexMatches || l.lpar.toUpperCase().includes(text) || (l.staged ?? []).some((s) => s.id.toUpperCase().includes(text))),
    );
    if (lpars.length > 0) {
      result.push({ ...group, lpars });
    }
  }
  return result;
}

/** A zone key (`SYS001/TGT1`) as an LPAR's row shows it: the zone name alone when it is the LPAR's own system. */
export function zoneLabel(lpar: string, zone: string): string {
  return zone.startsWith(`${lpar}/`) ? zone.slice(lpar.length + 1) : zone;
}

function plannedIpl(lpar: LparDetail | undefined): string | null {
  const next = lpar?.ipl?.toUpperCase() === 'SCHEDULED' ? nextWindow(lpar.nextIplWindow) : null;
  return next ? new Date(next.start).toISOString() : null;
}

/**
 * The fleet view's rows: `GET /api/fleet` (state, needs IPL, next window) joined by LPAR name with
 * `GET /api/lpars` (last IPL, staged and active SYSMODs) and `GET /api/fleet/ipl-windows` (the
 * declared windows the timeline draws). An IPL is planned at the next window while the LPAR's `ipl`
 * is SCHEDULED. A row the other two lack keeps what it has.
 */
export function joinFleet(rows: readonly FleetLpar[], lpars: readonly LparDetail[], windows: Readonly<Record<string, IplWindow[]>>): FleetLpar[] {
  const detail = new Map(lpars.map((l) => [l.lpar, l]));
  return rows.map((row) => {
    const more = detail.get(row.lpar);
    return {
      ...row,
      lastIpl: more?.lastIpl ?? row.lastIpl ?? null,
      staged: more?.staged ?? row.staged ?? [],
      active: more?.active ?? row.active ?? [],
      iplWindows: windows[row.lpar] ?? row.iplWindows ?? [],
      plannedIpl: plannedIpl(more),
    };
  });
}
