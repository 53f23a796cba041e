import { STORAGE_NAMESPACE, storageKey } from './storage-keys';

/** What stays with the device whoever signs in: the display settings and the records server's address. */
const DEVICE_KEYS = new Set([storageKey('settings'), storageKey('records-config')]);
const PERSON_PREFIX = storageKey('person:');
const personKey = (employeeId: string) => `${PERSON_PREFIX}${employeeId}`;
/** The cookie the server sets at each company sign-in, naming who signed in on this browser. */
const PERSON_COOKIE = 'sta_person';

/**
 * On a shared PC with company sign-in, one person's work (progress, quiz attempts, goals, drafts,
 * what was already recorded) is kept on the device under their employee id while another person
 * uses it, and given back when they sign in again: the next person starts from their own work,
 * never from the previous person's, and never records it as theirs. Answers whether anything moved.
 */
export function switchPerson(storage: Storage, from: string, to: string): boolean {
  if (from === to) return false;
  const mine = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => k !== null && k.startsWith(`${STORAGE_NAMESPACE}:`) && !DEVICE_KEYS.has(k) && !k.startsWith(PERSON_PREFIX),
  );
  const setAside = Object.fromEntries(mine.map((k) => [k, storage.getItem(k)]));
  const theirs = storage.getItem(personKey(to));
  // Set aside first: if the device is full, nothing of the first person's is lost, and nothing is handed over.
  storage.setItem(personKey(from), JSON.stringify(setAside));
  for (const k of mine) storage.removeItem(k);
  storage.removeItem(personKey(to));
  if (theirs) for (const [k, v] of Object.entries(JSON.parse(theirs) as Record<string, string>)) storage.setItem(k, v);
  return true;
}

/** The employee id of the profile kept on this device, if any. */
export function storedPerson(storage: Storage): string | undefined {
  try {
    const id = (JSON.parse(storage.getItem(storageKey('profile')) ?? 'null') as { state?: { profile?: { employeeId?: unknown } | null } } | null)?.state?.profile?.employeeId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Before the course starts: when the person the server last signed in on this browser (its
 * cookie) is not the one whose work is on the device, each gets their own. Answers whether the
 * device's copies changed, which the stores already loaded must then read again.
 */
export function takeSignedInPerson(cookies: string, storage: Storage): boolean {
  const raw = cookies.split('; ').find((c) => c.startsWith(`${PERSON_COOKIE}=`))?.slice(PERSON_COOKIE.length + 1);
  if (!raw) return false;
  try {
    const signedIn = decodeURIComponent(raw);
    const stored = storedPerson(storage);
    return Boolean(stored && signedIn) && switchPerson(storage, stored!, signedIn);
  } catch {
    return false; // storage blocked or full: nothing was moved
  }
}
