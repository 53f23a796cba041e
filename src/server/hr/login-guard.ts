import type { Context } from 'hono';
import { boundedQueue } from '../limits/bounded-queue';
import { growingDelay, windowLimiter } from '../limits/limiter';
import type { RateStore } from '../limits/rate-store';
import { clientAddress, sha256 } from '../request-helpers';
import type { ServerSettings } from '../settings';
import { verifyPassword } from './password';

export interface LoginGuardOptions {
  store: RateStore;
  settings: Pick<ServerSettings, 'hrLoginFailures' | 'hrLoginWindowMinutes' | 'hrLoginFreeTries' | 'hrHashConcurrency' | 'hrHashQueue'>;
  user: string;
  passwordHash: string;
  now?: () => number;
}

export type LoginOutcome = { ok: true; wait?: undefined } | { ok: false; wait: number };

/**
 * HR's login, safe against bursts and against being turned on the real user:
 * - an attempt is counted as a failure *before* its password is hashed (and forgiven if it turns
 *   out right), so 200 guesses sent at once get at most the allowed number of hashes, the rest 429;
 * - limits are per client address (a hard cap in a window) and per address and user (a delay that
 *   doubles); there is no per-user lock, so failures from elsewhere never keep HR out of their own
 *   login from a fresh address;
 * - at most a few hashes run at once, a few more may wait, the rest get 429 at once: scrypt runs
 *   on libuv's thread pool, which serving files needs too.
 */
export function loginGuard({ store, settings, user, passwordHash, now = Date.now }: LoginGuardOptions) {
  const windowMs = settings.hrLoginWindowMinutes * 60_000;
  const byAddress = windowLimiter(store, { name: 'hr-login:ip', max: settings.hrLoginFailures, windowMs, now });
  const byAddressUser = growingDelay(store, { name: 'hr-login:ip-user', free: settings.hrLoginFreeTries, windowMs, now });
  const hashing = boundedQueue(settings.hrHashConcurrency, settings.hrHashQueue);

  return {
    async attempt(c: Context, name: string, password: string): Promise<LoginOutcome> {
      const address = clientAddress(c);
      // The user name is hashed into the key: what someone typed is not kept in the clear.
      const pair = `${address}|${sha256(name)}`;
      const wait = (await byAddressUser.retryAfter(pair)) || (await byAddress.retryAfter(address));
      if (wait > 0) return { ok: false, wait };
      if (!hashing.hasRoom()) return { ok: false, wait: 1 };
      // Counted now, before the slow hash: a burst cannot all pass the check above.
      if ((await byAddress.take(address)) > 0) return { ok: false, wait: (await byAddress.retryAfter(address)) || 1 };
      await byAddressUser.add(pair);
      // The hash is checked even for an unknown user, so timing does not tell which part was wrong.
      const checked = hashing.tryRun(() => verifyPassword(password, passwordHash));
      const passwordOk = checked ? await checked : false;
      if (name === user && passwordOk) {
        await byAddress.clear(address);
        await byAddressUser.clear(pair);
        return { ok: true };
      }
      return { ok: false, wait: 0 };
    },
  };
}

export type LoginGuard = ReturnType<typeof loginGuard>;
