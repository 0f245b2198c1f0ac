import type { FleetLpar } from '../api/contract';

/** One maintenance level inside a sysplex: the set of orchestrated SYSMODs active on its LPARs. */
export interface Level {
  /** 1 = the level most LPARs of the sysplex run. */
  rank: number;
  lpars: string[];
  active: Set<string>;
}

export interface SysplexDrift {
  sysplex: string;
  levels: Level[];
  /** For each LPAR: the SYSMODs active elsewhere in the sysplex but not on it. */
  missing: Map<string, string[]>;
  levelOf: Map<string, Level>;
}

/**
 * Level drift: LPARs of one sysplex that run different sets of SYSMODs. Only what the fleet reports
 * as active counts; staged SYSMODs are not active yet, which is exactly the mixed-level exposure.
 */
export function sysplexDrift(sysplex: string, lpars: readonly FleetLpar[]): SysplexDrift {
  const union = new Set<string>();
  const byKey = new Map<string, Level>();
  for (const lpar of lpars) {
    const ids = (lpar.active ?? []).map((a) => a.id);
    ids.forEach((id) => union.add(id));
    const key = [...new Set(ids)].sort().join(',');
    let level = byKey.get(key);
    if (!level) {
      level = { rank: 0, lpars: [], active: new Set(ids) };
      byKey.set(key, level);
    }
    level.lpars.push(lpar.lpar);
  }
  const levels = [...byKey.values()].sort((a, b) => b.lpars.length - a.lpars.length || b.active.size - a.active.size);
  levels.forEach((level, i) => (level.rank = i + 1));
  const missing = new Map<string, string[]>();
  const levelOf = new Map<string, Level>();
  for (const level of levels) {
    for (const lpar of level.lpars) {
      levelOf.set(lpar, level);
      missing.set(lpar, [...union].filter((id) => !level.active.has(id)).sort());
    }
  }
  return { sysplex, levels, missing, levelOf };
}
