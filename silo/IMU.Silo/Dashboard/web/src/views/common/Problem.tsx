import { ApiError } from '../../api/http';

/** A failed load or action, in the server's words. */
export function Problem({ error, what }: { error: Error; what: string }) {
  const status = error instanceof ApiError ? ` (HTTP ${error.status})` : '';
  return (
    <div class="problem" role="alert">
      <strong>{what}{status}:</strong> {error.message}
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
