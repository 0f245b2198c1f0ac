import type { SysmodDetail, SysmodHold } from '../../api/contract';
import { useResource } from '../../api/useResource';

export function HoldComment({ hold }: { hold: SysmodHold }) {
  return (
    <>
      {hold.classes.length ? <span class="muted"> · CLASS({hold.classes.join(',')})</span> : null}
      <span class="muted"> · {hold.internal ? 'internal ++HOLD' : 'HOLDDATA'}</span>
      {hold.comment ? <pre class="hold-text">{hold.comment}</pre> : <p class="muted">No hold text was received.</p>}
    </>
  );
}

/** The text of one hold, read from the SYSMOD that carries it (a rollout reports only who resolved it). */
export function HoldText({ sysmod, category, reason }: { sysmod: string; category: string; reason: string }) {
  const detail = useResource<SysmodDetail>(`/api/sysmods/${encodeURIComponent(sysmod)}`, () => null);
  const hold = detail.data?.holds.find((h) => h.category === category && h.reason === reason);
  if (detail.error) {
    return <p class="muted">The hold text could not be read: {detail.error.message}</p>;
  }
  return hold ? <HoldComment hold={hold} /> : null;
}
