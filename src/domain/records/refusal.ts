/**
 * Why the records server refused a record, as the trainee is told it. The server answers a
 * refusal with `{ "error": code, "message": … }` (its message is for developers, in English);
 * the trainee reads one of these kinds in their own language, and the raw answer stays in the
 * records they can download.
 */
export type RefusalKind = 'alreadyScored' | 'expired' | 'courseChanged' | 'signIn' | 'notYours' | 'tooLarge' | 'format' | 'other';

const KINDS: Record<string, RefusalKind> = {
  already_scored: 'alreadyScored',
  expired: 'expired',
  mismatch: 'courseChanged',
  not_found: 'courseChanged',
  no_such_quiz: 'courseChanged',
  unauthorized: 'signIn',
  forbidden: 'notYours',
  csrf: 'signIn',
  too_large: 'tooLarge',
  bad_statement: 'format',
  bad_request: 'format',
  bad_attempt: 'format',
  bad_version: 'format',
};

const BY_STATUS: Record<number, RefusalKind> = { 401: 'signIn', 403: 'notYours', 410: 'expired', 413: 'tooLarge' };

/** The kind of a refusal, from the server's answer text and HTTP status. */
export function refusalKind(status: number, reason: string | undefined): RefusalKind {
  let code: unknown;
  try {
    code = (JSON.parse(reason ?? '') as { error?: unknown } | null)?.error;
  } catch {
    // Not JSON (a proxy's page, or a plain-text reason): the status decides.
  }
  return (typeof code === 'string' ? KINDS[code] : undefined) ?? BY_STATUS[status] ?? (status === 400 ? 'format' : 'other');
}
