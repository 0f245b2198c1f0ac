import type { Hold, NextIplWindow, RolloutLpar } from '../api/contract';
import { formatBoth, nextWindow } from './time';

export function isOpen(hold: Hold): boolean {
  return !hold.resolvedBy;
}

/** "held for ERROR AE99001", "held for SYSTEM ACTION". */
export function holdWords(hold: Pick<Hold, 'category' | 'reason'>): string {
  return `held for ${hold.category} ${hold.reason}`;
}

/** Whether the orchestrator resolved a hold itself (IPL, MULTSYS) rather than a person bypassing it. */
export function resolvedByOrchestrator(hold: Pick<Hold, 'resolvedBy'>): boolean {
  return /^orchestrator$/i.test(hold.resolvedBy ?? '');
}

/** "ERROR AE99001 bypassed by alice", "SYSTEM IPL resolved by orchestrator". */
export function resolvedWords(hold: Hold): string {
  return `${hold.category} ${hold.reason} ${resolvedByOrchestrator(hold) ? 'resolved' : 'bypassed'} by ${hold.resolvedBy ?? ''}`;
}

/** "waiting for window Sun 02:00 UTC" (with the local time where it differs). */
export function windowWords(next: NextIplWindow): string | null {
  const window = nextWindow(next);
  return window ? `waiting for window ${formatBoth(window.start, window.start - Date.now() < 6 * 86_400_000)}` : null;
}

/**
 * Why an LPAR's part of a rollout is not done, in words. The orchestrator's own reasons win: it
 * knows what it waits for; without them the words are read off the holds and the IPL window.
 */
export function lparReasons(entry: RolloutLpar, next: NextIplWindow): string[] {
  if (entry.reasons.length > 0) {
    return entry.reasons;
  }
  const words: string[] = [];
  for (const sysmod of entry.sysmods) {
    for (const hold of sysmod.holds.filter(isOpen)) {
      words.push(`${sysmod.id} ${holdWords(hold)}`);
    }
  }
  if (entry.state.toUpperCase() === 'STAGED' || entry.sysmods.some((s) => s.status.toUpperCase() === 'STAGED')) {
    const waiting = windowWords(next);
    words.push(waiting ?? 'staged, waiting for an IPL (no IPL window declared)');
  }
  return words;
}
