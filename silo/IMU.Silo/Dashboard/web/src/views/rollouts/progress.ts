import type { RolloutLpar, RolloutStatus } from '../../api/contract';
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

/** A hold on one SYSMOD that waits for a human, with every LPAR where it stops the rollout. */
export interface PendingHold {
  sysmod: string;
  category: string;
  reason: string;
  lpars: string[];
}

export function pendingHolds(rollout: RolloutStatus): PendingHold[] {
  const byKey = new Map<string, PendingHold>();
  for (const entry of rollout.lpars) {
    for (const sysmod of entry.sysmods) {
      for (const hold of sysmod.holds.filter(isOpen)) {
        const key = `${sysmod.id}\u0000${hold.category}\u0000${hold.reason}`;
        let pending = byKey.get(key);
        if (!pending) {
          pending = { sysmod: sysmod.id, category: hold.category, reason: hold.reason, lpars: [] };
          byKey.set(key, pending);
        }
        pending.lpars.push(entry.lpar);
      }
    }
  }
  return [...byKey.values()];
}

/** A decided hold, with the LPARs it was decided for. */
export interface DecidedHold {
  sysmod: string;
  category: string;
  reason: string;
  resolvedBy: string;
  lpars: string[];
}

export function resolvedHolds(rollout: RolloutStatus): DecidedHold[] {
  const byKey = new Map<string, DecidedHold>();
  for (const entry of rollout.lpars) {
    for (const sysmod of entry.sysmods) {
      for (const hold of sysmod.holds) {
        if (!hold.resolvedBy) {
          continue;
        }
        const key = `${sysmod.id}\u0000${hold.category}\u0000${hold.reason}\u0000${hold.resolvedBy}`;
        let decided = byKey.get(key);
        if (!decided) {
          decided = { sysmod: sysmod.id, category: hold.category, reason: hold.reason, resolvedBy: hold.resolvedBy, lpars: [] };
          byKey.set(key, decided);
        }
        decided.lpars.push(entry.lpar);
      }
    }
  }
  return [...byKey.values()];
}

export function wavesAwaitingApproval(rollout: RolloutStatus): number[] {
  return rollout.waves.filter((w) => w.approval?.waiting === true).map((w) => w.index);
}
