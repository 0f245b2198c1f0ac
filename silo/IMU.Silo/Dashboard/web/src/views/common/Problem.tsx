import { ApiError } from '../../api/http';
import { Heading } from './Heading';

/** A failed load or action, in the server's words. */
export function Problem({ error, what }: { error: Error; what: string }) {
  const status = error instanceof ApiError ? ` (HTTP ${error.status})` : '';
  return (
    <div class="problem" role="alert">
      <strong>
        {what}
        {status}:
      </strong>{' '}
      {error.message}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** A drill-down view before its resource has arrived: its title, then the wait or the failure. */
export function NotYet({ title, focusKey, error, what }: { title: string; focusKey: string; error: Error | null; what: string }) {
  return (
    <section>
      <Heading focusKey={focusKey}>{title}</Heading>
      {error ? <Problem error={error} what={`Could not load ${what}`} /> : <Loading what={what} />}
    </section>
  );
}
