/** The HR records API (src/server/hr). The session is an HttpOnly cookie; only the CSRF token is seen here. */
export const HR_API = '/hr/api';

export type HrErrorKind = 'unauthorized' | 'forbidden' | 'invalid_credentials' | 'rate_limited' | 'bad_request' | 'not_found' | 'network' | 'server';

/** A failed call, named so the page can say what happened in the user's language. */
export class HrApiError extends Error {
  constructor(
    readonly kind: HrErrorKind,
    /** Seconds to wait, for `rate_limited`. */
    readonly retryAfter?: number,
    /** The server's named reason, for a refusal the page explains specifically (`same_identity`, `due_out_of_range`…). */
    readonly code?: string,
    /** Employee ids the refusal names, when it names some (`no_registered_ids`). */
    readonly unknown?: readonly string[],
  ) {
    super(kind);
    this.name = 'HrApiError';
  }
}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export async function call(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${HR_API}${path}`, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new HrApiError('network');
  }
  if (res.ok) return res;
  const body: unknown = await res.json().catch(() => undefined);
  const code = isObject(body) ? body.error : undefined;
  switch (res.status) {
    case 401:
      throw new HrApiError(code === 'invalid_credentials' ? 'invalid_credentials' : 'unauthorized');
    case 429: {
      const header = Number(res.headers.get('Retry-After'));
      const seconds = isObject(body) && typeof body.retryAfter === 'number' ? body.retryAfter : Number.isFinite(header) && header > 0 ? header : 60;
      throw new HrApiError('rate_limited', seconds);
    }
    case 400:
      throw new HrApiError('bad_request', undefined, typeof code === 'string' ? code : undefined, isObject(body) && Array.isArray(body.unknown) ? body.unknown.filter((x): x is string => typeof x === 'string') : undefined);
    case 404:
      throw new HrApiError('not_found');
    case 409:
      throw new HrApiError('server', undefined, typeof code === 'string' ? code : undefined);
    case 403:
      // Signed in, but the account is not HR's, a manager's or an admin's (or a manager's that names no department).
      if (code === 'forbidden' || code === 'no_department') throw new HrApiError('forbidden', undefined, code);
      throw new HrApiError('server');
    default:
      throw new HrApiError('server');
  }
}

/** The body, when it has the expected shape; anything else is the server's fault, not a crash. */
export async function read<T>(res: Response, valid: (body: Record<string, unknown>) => boolean): Promise<T> {
  const body: unknown = await res.json().catch(() => undefined);
  if (!isObject(body) || !valid(body)) throw new HrApiError('server');
  return body as T;
}

/** A PUT of `body` as JSON with the session's CSRF token. */
export const putJson = (csrf: string, body: unknown) => ({ method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(body) });
