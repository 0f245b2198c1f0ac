import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, getJson } from './http';
import { events, type ServerEvent } from './events';

export interface Resource<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
  /** Replace the data without a round trip (an action's answer or a pushed event). */
  set: (data: T) => void;
}

/**
 * Loads `path` and keeps it current: `onEvent` returns the new data for an event that carries it,
 * `'refetch'` for one that changes it without carrying it, or null for one that does not concern it.
 * `fetcher` loads it (a GET of `path` unless the view joins several resources).
 */
export function useResource<T>(
  path: string,
  onEvent: (event: ServerEvent, current: T | null) => T | 'refetch' | null,
  fetcher: (signal: AbortSignal) => Promise<T> = (signal) => getJson<T>(path, signal),
): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [loading, setLoading] = useState(true);
  const current = useRef<T | null>(null);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    let controller = new AbortController();
    let refetchQueued = false;
    current.current = null;
    setData(null);
    setError(null);
    setLoading(true);

    const load = (): void => {
      controller.abort();
      controller = new AbortController();
      const signal = controller.signal;
      fetcher(signal).then(
        (value) => {
          current.current = value;
          setData(value);
          setError(null);
          setLoading(false);
        },
        (reason: unknown) => {
          if (!signal.aborted) {
            setError(reason instanceof Error ? reason : new Error(String(reason)));
            setLoading(false);
          }
        },
      );
    };

    const unsubscribe = events.subscribe((event) => {
      const next = event.type === 'resync' ? 'refetch' : handler.current(event, current.current);
      if (next === 'refetch') {
        // Bursts of events (a wave of LPARs changing) collapse into one request.
        if (!refetchQueued) {
          refetchQueued = true;
          setTimeout(() => {
            refetchQueued = false;
            load();
          }, 250);
        }
      } else if (next !== null) {
        current.current = next;
        setData(next);
      }
    });
    load();
    return () => {
      unsubscribe();
      controller.abort();
    };
  }, [path]);

  return {
    data,
    error,
    loading,
    set: (value: T) => {
      current.current = value;
      setData(value);
    },
  };
}
