import { formatBoth, formatRelative, formatUtc } from '../../model/time';

/** An instant in UTC and local time, with how far it is from now on hover. */
export function Time({ at, short = false, relative = false }: { at: string | number | null | undefined; short?: boolean; relative?: boolean }) {
  if (at === null || at === undefined || at === '') {
    return <span class="muted">—</span>;
  }
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) {
    return <span>{String(at)}</span>;
  }
  const rel = formatRelative(ms, Date.now());
  return (
    <time dateTime={new Date(ms).toISOString()} title={`${formatUtc(ms)} · ${rel}`}>
      {formatBoth(ms, short)}
      {relative ? <span class="muted"> · {rel}</span> : null}
    </time>
  );
}
