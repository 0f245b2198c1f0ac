import type { ApiProblem } from './contract';

/** A refused or failed API call, carrying the server's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly culprit?: string,
  ) {
    super(message);
  }
}

async function readError(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ApiProblem>;
    const message = body.detail ?? body.title;
    if (typeof message === 'string') {
      return new ApiError(response.status, message, body.culprit);
    }
  } catch {
    // Not JSON: a proxy or the host itself answered; its status line is all we can show.
  }
  return new ApiError(response.status, `${response.status} ${response.statusText || 'error'} from ${response.url}`);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    throw await readError(response);
  }
  return (await response.json()) as T;
}

/** Actions are POSTs with a JSON body; the JSON content type also keeps other origins out (preflight). */
export async function postJson<T>(path: string, body: object): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw await readError(response);
  }
  return (await response.json()) as T;
}
