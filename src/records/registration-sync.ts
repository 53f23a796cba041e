import { backoffDelay, type Profile } from '../domain';
import { useProfileStore } from '../stores/profile-store';
import { sessionCsrf, sessionRanOut } from '../stores/session-store';
import type { RecordsConfig } from './config';

const same = (a: Profile, b: Profile) => a.name === b.name && a.employeeId === b.employeeId && a.department === b.department;

/**
 * Registers the trainee with the records server whenever the profile has no token yet or has
 * changed, retrying with backoff while offline; the queue waits for the token meanwhile.
 */
export function registrationSync(config: RecordsConfig, onToken: () => void, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let attempts = 0;

  async function sync() {
    const { profile, registration } = useProfileStore.getState();
    if (busy || !profile || !config.register || (registration && same(registration.for, profile))) return;
    busy = true;
    try {
      // With company sign-in the server issues the token to the session (its CSRF token goes along) and ignores the body.
      const csrf = sessionCsrf();
      const res = await fetchImpl(config.register, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) }, body: JSON.stringify(profile) });
      if (res.status === 201) {
        const body = (await res.json()) as { token: string; actor: { account: { homePage: string } } };
        attempts = 0;
        useProfileStore.getState().registered({ token: body.token, homePage: body.actor.account.homePage, for: profile });
        onToken();
        return;
      }
      // Only a company sign-in's token is refused so: the session behind it is over.
      if (res.status === 401) return sessionRanOut();
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) return; // the form checks the same rules; nothing to retry
      throw new Error(`HTTP ${res.status}`);
    } catch {
      attempts += 1;
      clearTimeout(timer);
      timer = setTimeout(() => void sync(), backoffDelay(attempts, Math.random()));
    } finally {
      busy = false;
    }
  }

  const unsubscribe = useProfileStore.subscribe(() => void sync());
  void sync();
  return {
    sync,
    /** The server refused the token: forget it so the next sync registers again. */
    forget() {
      useProfileStore.getState().registered(null);
    },
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
