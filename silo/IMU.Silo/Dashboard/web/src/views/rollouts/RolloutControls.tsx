import { useState } from 'preact/hooks';
import type { RolloutStatus } from '../../api/contract';
import { postJson } from '../../api/http';
import { actionStates } from '../../model/states';
import { Problem } from '../common/Problem';

type Verb = 'start' | 'pause' | 'resume' | 'abort' | 'restore';

const labels: Record<Verb, string> = { start: 'Start', pause: 'Pause', resume: 'Resume', abort: 'Abort', restore: 'Restore' };

/** Abort and restore cannot be undone, so they ask before they POST. */
const confirmations: Partial<Record<Verb, string>> = {
  abort: 'Abort stops the rollout and leaves what is applied as it is. Abort?',
  restore: "Restore runs SMP/E RESTORE for this rollout's SYSMODs wherever they were applied and not accepted. Restore?",
};

export function RolloutControls({ rollout, onDone }: { rollout: RolloutStatus; onDone: (r: RolloutStatus) => void }) {
  const [busy, setBusy] = useState<Verb | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const run = async (verb: Verb): Promise<void> => {
    const question = confirmations[verb];
    if (question && !confirm(question)) {
      return;
    }
    setBusy(verb);
    setError(null);
    try {
      onDone(await postJson<RolloutStatus>(`/api/rollouts/${encodeURIComponent(rollout.name)}/${verb}`, {}));
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(null);
    }
  };
  const verbs = (Object.keys(labels) as Verb[]).filter((v) => actionStates[v].includes(rollout.state.toUpperCase()));
  return (
    <div class="controls" role="group" aria-label="Rollout actions">
      {verbs.map((verb) => (
        <button key={verb} type="button" class={verb === 'abort' || verb === 'restore' ? 'danger' : ''} disabled={busy !== null} onClick={() => void run(verb)}>
          {busy === verb ? `${labels[verb]}…` : labels[verb]}
        </button>
      ))}
      {error ? <Problem error={error} what="Refused" /> : null}
    </div>
  );
}
