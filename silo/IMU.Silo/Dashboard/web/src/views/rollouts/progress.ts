import type { Hold, RolloutLpar, RolloutStatus } from '../../api/contract';
import { isOpen } from '../../model/reasons';
import { isLparDone } from '../../model/states';

export function lparDone(entry: RolloutLpar): boolean {
  return isLparDone(
    entry.state,
    entry.sysmods.map((s) => s.status),
  );
}

export interface Progress {
  done: number;
  total: number;
  byState: [string, number][];
}

export function progressOf(rollout: RolloutStatus): Progress {
  const counts = new Map<string, number>();
  for (const entry of rollout.lpars) {
    counts.set(entry.state, (counts.get(entry.state) ?? 0) + 1);
  }
  return { done: rollout.lpars.filter(lparDone).length, total: rollout.lpars.length, byState: [...counts.entries()] };
}

/** One hold on one SYSMOD across a rollout, with every LPAR it concerns; `resolvedBy` null while it waits. */
export interface RolloutHold {
  sysmod: string;
  category: string;
  reason: string;
  resolvedBy: string | null;
  lpars: string[];
}

/** The rollout's holds, one entry per SYSMOD, hold and decision, keeping those `keep` accepts. */
function holdsOf(rollout: RolloutStatus, keep: (hold: Hold) => boolean): RolloutHold[] {
  const byKey = new Map<string, RolloutHold>();
  for (const entry of rollout.lpars) {
    for (const sysmod of entry.sysmods) {
      for (const hold of sysmod.holds.filter(keep)) {
        const key = `${sysmod.id}\u0000${hold.category}\u0000${hold.reason}\u0000${hold.resolvedBy ?? ''}`;
        let found = byKey.get(key);
        if (!found) {
          found = { sysmod: sysmod.id, category: hold.category, reason: hold.reason, resolvedBy: hold.resolvedBy, lpars: [] };
          byKey.set(key, found);
        }
        found.lpars.push(entry.lpar);
      }
    }
  }
  return [...byKey.values()];
}

/** Holds that wait for a human, with every LPAR where they stop the rollout. */
export function pendingHolds(rollout: RolloutStatus): RolloutHold[] {
  return holdsOf(rollout, isOpen);
}

/** Holds already decided, with who decided them and for which LPARs. */
export function resolvedHolds(rollout: RolloutStatus): RolloutHold[] {
  return holdsOf(rollout, (hold) => !isOpen(hold));
}

/** Waves the orchestrator will not start until someone approves them (`--approve-waves`). */
export function wavesAwaitingApproval(rollout: RolloutStatus): number[] {
  return rollout.waves.filter((w) => w.state.toUpperCase() === 'AWAITING_APPROVAL').map((w) => w.index);
}
