/** How a state word looks: the word is always shown, the tone only adds colour. */
export type Tone = 'done' | 'progress' | 'waiting' | 'attention' | 'failed' | 'idle';

const tones: Record<string, Tone> = {
  COMPLETED: 'done',
  ACTIVE: 'done',
  RUNNING: 'progress',
  CHECKED: 'progress',
  APPLIED: 'progress',
  RESTORING: 'progress',
  STAGED: 'waiting',
  WAITING: 'waiting',
  AWAITING_APPROVAL: 'attention',
  HELD: 'attention',
  PAUSED: 'attention',
  FAILED: 'failed',
  ABORTED: 'failed',
  CREATED: 'idle',
  PENDING: 'idle',
  RESTORED: 'idle',
  SKIPPED: 'idle',
};

export function toneOf(state: string): Tone {
  return tones[state.toUpperCase()] ?? 'idle';
}

/** LPAR states after which an LPAR needs nothing more from its rollout. */
const finished = new Set(['ACTIVE', 'APPLIED', 'SKIPPED', 'RESTORED']);

/**
 * Whether an LPAR's part of a rollout is done: APPLIED is done only for content that is active when
 * applied, so an LPAR with IPL-class work is done once ACTIVE (STAGED is not done).
 */
export function isLparDone(state: string, sysmodStatuses: readonly string[] = []): boolean {
  const s = state.toUpperCase();
  if (!finished.has(s)) {
    return false;
  }
  return s !== 'APPLIED' || !sysmodStatuses.some((status) => status.toUpperCase() === 'STAGED');
}

/** Rollout states that accept each action, per the orchestrator's rules (pause, resume, abort, restore). */
export const actionStates: Record<'start' | 'pause' | 'resume' | 'abort' | 'restore', readonly string[]> = {
  start: ['CREATED'],
  pause: ['RUNNING', 'WAITING'],
  resume: ['PAUSED'],
  abort: ['CREATED', 'RUNNING', 'WAITING', 'PAUSED'],
  restore: ['COMPLETED', 'FAILED', 'ABORTED', 'PAUSED', 'WAITING'],
};
