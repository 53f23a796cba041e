import { DEFAULT_COURSE_IRI, DEFAULT_HOME_PAGE } from '../domain';
import { safeStorage } from '../stores/safe-storage';
import { storageKey } from '../stores/storage-keys';
import { useProfileStore } from '../stores/profile-store';
import { useSessionStore, type SignIn } from '../stores/session-store';
import type { Role } from '../domain';

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

const ROLES: readonly Role[] = ['trainee', 'trainer', 'manager', 'hr', 'admin'];
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The sign-in part of config.json: a server with company sign-in names who is signed in, if anyone. */
export function parseSignIn(raw: unknown): SignIn {
  const s = (raw as { signIn?: Record<string, unknown> } | null)?.signIn;
  if (!s || typeof s !== 'object') return { mode: 'unknown' };
  if (s.mode === 'self-declared') return { mode: 'self-declared' };
  if (s.mode !== 'company') return { mode: 'unknown' };
  const u = s.user as Record<string, unknown> | undefined;
  const user =
    u && typeof u === 'object' && text(u.employeeId) && text(u.name)
      ? { employeeId: text(u.employeeId), name: text(u.name), department: text(u.department), roles: Array.isArray(u.roles) ? u.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [] }
      : null;
  return { mode: 'company', login: text(s.login) || '/auth/login', user, csrf: user && text(s.csrf) ? text(s.csrf) : null, ...(!user && s.ended === true ? { ended: true } : {}) };
}

/**
 * Takes the server's word on who is signed in: with company sign-in the profile is the company
 * account's (name, employee id and department are not the trainee's to edit).
 */
function applySignIn(signIn: SignIn) {
  useSessionStore.getState().set(signIn);
  if (signIn.mode !== 'company' || !signIn.user) return;
  const { employeeId, name, department } = signIn.user;
  const current = useProfileStore.getState().profile;
  if (current?.employeeId !== employeeId || current.name !== name || current.department !== department) useProfileStore.getState().save({ employeeId, name, department });
}

/** What the last good config.json said, known without waiting for the network: it decides the first screen on a return visit. */
export function cachedRecordsMode(): 'unknown' | 'off' | 'on' {
  const cached = safeStorage.get(CACHE_KEY);
  if (cached === null) return 'unknown';
  return cached === 'null' ? 'off' : 'on';
}

/**
 * Whether the last good config.json came from a server with company sign-in. Then whose work a
 * page shows, and records into, is the server's word, not the device's: after one person signed
 * out, a page opened before the server answers must not draw (and record) as them.
 */
export function cachedCompanySignIn(): boolean {
  try {
    return (JSON.parse(safeStorage.get(CACHE_KEY) ?? 'null') as { companySignIn?: unknown } | null)?.companySignIn === true;
  } catch {
    return false;
  }
}

declare global {
  interface Window {
    /** config.json as the head script asked for it (build/route-preload-plugin.ts); null once the app has taken it, or asked itself. */
    staConfig?: Promise<Response> | null;
  }
}

/** The head script's request for config.json, made while the app's start was on its way: taken once. */
function takeEarlyConfig(): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.staConfig ?? undefined;
  window.staConfig = null;
  return early;
}

/**
 * The runtime configuration beside index.html: where statements go and how to authenticate, so
 * an LRS can be swapped without a rebuild. The last good copy is kept for starts without network.
 * `null` means records are off (no file, or `records: null`).
 */
// Beside index.html: the site root for the app (whatever the deep link), the package folder in an LMS.
export async function loadRecordsConfig(fetchImpl: typeof fetch = fetch): Promise<RecordsConfig | null> {
  try {
    const res = await (takeEarlyConfig() ?? fetchImpl(new URL(`${import.meta.env.BASE_URL}config.json`, document.baseURI).href, { cache: 'no-cache' }));
    if (res.status === 404) {
      safeStorage.remove(CACHE_KEY);
      return null;
    }
    if (!res.ok) throw new Error(`config.json: HTTP ${res.status}`);
    const raw: unknown = await res.json();
    const config = parse(raw);
    const signIn = parseSignIn(raw);
    applySignIn(signIn);
    // The copy also says whether this server has company sign-in: the next start waits for its word (cachedCompanySignIn).
    safeStorage.set(CACHE_KEY, JSON.stringify(config && signIn.mode === 'company' ? { ...config, companySignIn: true } : config));
    return config;
  } catch (error) {
    const cached = safeStorage.get(CACHE_KEY);
    if (cached) return parse({ records: JSON.parse(cached) as unknown });
    if (error instanceof TypeError) return null; // offline on a first visit: nothing to send to yet
    throw error;
  }
}
