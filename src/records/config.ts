import { z } from 'zod';
import { DEFAULT_COURSE_IRI } from '../domain';
import { safeStorage } from '../stores/safe-storage';
import { storageKey } from '../stores/storage-keys';

const recordsSchema = z.object({
  /** The xAPI endpoint, ending in `/` (statements go to `<endpoint>statements`). */
  endpoint: z.string().min(1).transform((e) => (e.endsWith('/') ? e : `${e}/`)),
  /** `trainee-token`: the embedded server gives this browser a token at registration; `basic`: an LRS key. */
  auth: z.union([z.literal('trainee-token'), z.object({ basic: z.object({ key: z.string().min(1), secret: z.string() }) })]),
  /** Where a trainee registers (trainee-token only). */
  register: z.string().optional(),
  homePage: z.string().url().optional(),
  courseIri: z.string().url().optional(),
});

const configSchema = z.object({ records: recordsSchema.nullable().optional() });

export interface RecordsConfig {
  endpoint: string;
  auth: 'trainee-token' | { basic: { key: string; secret: string } };
  register?: string;
  homePage: string;
  courseIri: string;
}

export const FALLBACK_HOME_PAGE = 'https://sales-target-academy.example.com/employees';
const CACHE_KEY = storageKey('records-config');

function parse(raw: unknown): RecordsConfig | null {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`config.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const r = parsed.data.records;
  return r ? { ...r, homePage: r.homePage ?? FALLBACK_HOME_PAGE, courseIri: r.courseIri ?? DEFAULT_COURSE_IRI } : null;
}

/**
 * The runtime configuration beside index.html: where statements go and how to authenticate, so
 * an LRS can be swapped without a rebuild. The last good copy is kept for starts without network.
 * `null` means records are off (no file, or `records: null`).
 */
export async function loadRecordsConfig(fetchImpl: typeof fetch = fetch): Promise<RecordsConfig | null> {
  try {
    const res = await fetchImpl(new URL('config.json', document.baseURI).href, { cache: 'no-cache' });
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
