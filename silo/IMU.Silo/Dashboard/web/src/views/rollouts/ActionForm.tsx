import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RolloutStatus } from '../../api/contract';
import { postJson } from '../../api/http';
import { Problem } from '../common/Problem';

interface Props {
  /** The action's resource, e.g. `/api/rollouts/demo/waves/2/approve`. */
  path: string;
  label: string;
  /** Extra fields of the body besides the reason. */
  body?: Record<string, string>;
  reasonRequired: boolean;
  children?: ComponentChildren;
  onDone: (rollout: RolloutStatus) => void;
  idPrefix: string;
}

/** A POSTed decision with its reason; the server's refusal is shown as it is worded. */
export function ActionForm({ path, label, body = {}, reasonRequired, children, onDone, idPrefix }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await postJson<RolloutStatus>(path, { ...body, reason }));
      setReason('');
    } catch (failure) {
      setError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="action-form" onSubmit={(e) => void submit(e)}>
      {children}
      <label for={`${idPrefix}-reason`}>Reason{reasonRequired ? '' : ' (optional)'}</label>
      <input id={`${idPrefix}-reason`} name="reason" type="text" required={reasonRequired} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : label}
      </button>
      {error ? <Problem error={error} what={`${label} refused`} /> : null}
    </form>
  );
}
