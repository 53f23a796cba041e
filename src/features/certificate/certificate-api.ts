import { normaliseCode, parseCertificateRecord, type CertificateRecord } from '../../domain';

/** The records server answers certificates beside trainee registration (src/server/certificates.ts). */
const CERTIFICATES = '/api/certificates';

export type IssueOutcome = { kind: 'issued'; record: CertificateRecord } | { kind: 'not_recorded' } | { kind: 'unavailable' };

const aborted = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Asks the records server for this trainee's certificate. The server checks the course is
 * complete from its own records: a 409 means they have not all arrived yet.
 */
export async function requestCertificate(token: string, signal?: AbortSignal): Promise<IssueOutcome> {
  try {
    const res = await fetch(CERTIFICATES, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, signal });
    if (res.status === 409) return { kind: 'not_recorded' };
    const record = res.ok ? parseCertificateRecord(await res.json()) : null;
    return record ? { kind: 'issued', record } : { kind: 'unavailable' };
  } catch (error) {
    if (aborted(error)) throw error;
    return { kind: 'unavailable' };
  }
}

export type LookupOutcome =
  | { kind: 'found'; record: CertificateRecord }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfter: number }
  | { kind: 'unavailable' };

/** Looks a code up. A code that cannot be one (wrong length, symbol or check) is not sent at all. */
export async function lookupCertificate(code: string, signal?: AbortSignal): Promise<LookupOutcome> {
  const canonical = normaliseCode(code);
  if (!canonical) return { kind: 'not_found' };
  try {
    const res = await fetch(`${CERTIFICATES}/${encodeURIComponent(canonical)}`, { signal, cache: 'no-store' });
    const body: unknown = await res.json().catch(() => null);
    if (res.ok) {
      const record = parseCertificateRecord(body);
      return record ? { kind: 'found', record } : { kind: 'unavailable' };
    }
    // Only the records server's own answer counts as "no such certificate", not any host's 404 page.
    if (res.status === 404 && (body as { error?: unknown } | null)?.error === 'not_found') return { kind: 'not_found' };
    if (res.status === 429) return { kind: 'rate_limited', retryAfter: Number(res.headers.get('Retry-After')) || 60 };
    return { kind: 'unavailable' };
  } catch (error) {
    if (aborted(error)) throw error;
    return { kind: 'unavailable' };
  }
}
