import type { LparDetail } from '../../api/contract';
import { holdWords, isOpen, windowWords } from '../../model/reasons';

/** One SYSMOD in the zone an LPAR IPLs from, as far as the orchestrator manages it. */
export interface ZoneSysmod {
  id: string;
  status: string;
  activation: string;
  rollout: string | null;
  why: string[];
}

/**
 * The zone's SYSMODs from the LPAR's point of view: what is active, what is staged for its next IPL
 * and what its rollouts still hold back, each with why it is not done.
 */
export function zoneRows(lpar: LparDetail): ZoneSysmod[] {
  const rows = new Map<string, ZoneSysmod>();
  const key = (id: string, rollout: string | null): string => `${id}\u0000${rollout ?? ''}`;
  for (const a of lpar.active) {
    rows.set(key(a.id, null), { id: a.id, status: 'ACTIVE', activation: '', rollout: null, why: [] });
  }
  const waiting = windowWords(lpar.nextIplWindow) ?? 'waiting for an IPL (no IPL window declared)';
  for (const s of lpar.staged) {
    rows.set(key(s.id, s.rollout), { id: s.id, status: 'STAGED', activation: 'IPL', rollout: s.rollout, why: [waiting] });
  }
  for (const r of lpar.rollouts ?? []) {
    for (const s of r.sysmods) {
      const status = s.status.toUpperCase();
      const activeRow = rows.get(key(s.id, null));
      if (activeRow && status === 'ACTIVE') {
        activeRow.rollout = r.rollout;
        activeRow.activation = s.activation;
        continue;
      }
      const open = s.holds.filter(isOpen).map(holdWords);
      const why = open.length ? open : status === 'STAGED' ? [waiting] : status === 'ACTIVE' || status === 'APPLIED' ? [] : r.reasons;
      rows.set(key(s.id, r.rollout), { id: s.id, status: s.status, activation: s.activation, rollout: r.rollout, why });
    }
  }
  return [...rows.values()].sort((a, b) => a.id.localeCompare(b.id) || (a.rollout ?? '').localeCompare(b.rollout ?? ''));
}
