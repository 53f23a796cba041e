import { DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE } from '../domain';
import { safeStorage } from '../stores/safe-storage';
import { storageKey } from '../stores/storage-keys';

export interface RecordsConfig {
  endpoint: string;
  auth: 'trainee-token' | { basic: { key: string; secret: string } };
  register?: string;
  /** Where the records server takes quiz attempts (it then scores them and writes the verdicts). */
  attempts?: string;
  homePage: string;
  courseIri: string;
}

const CACHE_KEY = storageKey('records-config');

const isUrl = (v: unknown) => {
  try {
    return typeof v === 'string' && Boolean(new URL(v));
  } catch {
    return false;
  }
};

// Checked by hand rather than with zod: this runs on every first page, where zod would cost 23 KB.
function parse(raw: unknown): RecordsConfig | null {
  const fail = (what: string) => {
    throw new Error(`config.json: ${what}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('must be a JSON object');
  const r = (raw as { records?: unknown }).records;
  if (r === undefined || r === null) return null;
  if (typeof r !== 'object' || Array.isArray(r)) fail('records must be an object or null');
  const o = r as Record<string, unknown>;
  if (typeof o.endpoint !== 'string' || !o.endpoint) fail('records.endpoint must be the xAPI endpoint URL');
  let auth: RecordsConfig['auth'];
  if (o.auth === 'trainee-token') auth = 'trainee-token';
  else {
    const basic = (o.auth as { basic?: { key?: unknown; secret?: unknown } } | undefined)?.basic;
    if (!basic || typeof basic.key !== 'string' || !basic.key || typeof basic.secret !== 'string') fail('records.auth must be "trainee-token" or {"basic": {"key": …, "secret": …}}');
    auth = { basic: { key: basic!.key as string, secret: basic!.secret as string } };
  }
  if (o.register !== undefined && typeof o.register !== 'string') fail('records.register must be a path');
  if (o.attempts !== undefined && typeof o.attempts !== 'string') fail('records.attempts must be a path');
  for (const k of ['homePage', 'courseIri'] as const) if (o[k] !== undefined && !isUrl(o[k])) fail(`records.${k} must be an absolute URL`);
  const endpoint = o.endpoint as string;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    auth,
    ...(typeof o.register === 'string' ? { register: o.register } : {}),
    ...(typeof o.attempts === 'string' && auth === 'trainee-token' ? { attempts: o.attempts } : {}),
    homePage: (o.homePage as string | undefined) ?? DEFAULT_HOME_PAGE,
    courseIri: (o.courseIri as string | undefined) ?? DEFAULT_COURSE_IRI,
  };
}

/** What the last good config.json said, known without waiting for the network: it decides the first screen on a return visit. */
export function cachedRecordsMode(): 'unknown' | 'off' | 'on' {
  const cached = safeStorage.get(CACHE_KEY);
  if (cached === null) return 'unknown';
  return cached === 'null' ? 'off' : 'on';
}

/**
 * The runtime configuration beside index.html: where statements go and how to authenticate, so
 * an LRS can be swapped without a rebuild. The last good copy is kept for starts without network.
 * `null` means records are off (no file, or `records: null`).
 */
// Beside index.html: the site root for the app (whatever the deep link), the package folder in an LMS.
export async function loadRecordsConfig(fetchImpl: typeof fetch = fetch): Promise<RecordsConfig | null> {
  try {
    const res = await fetchImpl(new URL(`${import.meta.env.BASE_URL}config.json`, document.baseURI).href, { cache: 'no-cache' });
    if (res.status === 404) {
      safeStorage.remove(CACHE_KEY);
      return null;
    }
    if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
    const config = parse(await res.json());
    safeStorage.set(CACHE_KEY, JSON.stringify(config));
    return config;
  } catch (error) {
    const cached = safeStorage.get(CACHE_KEY);
    if (cached) return parse({ records: JSON.parse(cached) as unknown });
    if (error instanceof TypeError) return null; // offline on a first visit: nothing to send to yet
    throw error;
  }
}
