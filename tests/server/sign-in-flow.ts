import { expect } from 'vitest';
import { signInAtProvider, type IdpUser } from '../setup/oidc-provider';

export const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

export interface SignedIn {
  cookie: string;
  csrf: string;
}

/** The company sign-in of an app at `base`, over HTTP as a browser does it: the app's login, the provider's form, the app's callback. */
export function signInFlow(base: () => string) {
  const post = (path: string, who: SignedIn, body: unknown = {}) =>
    fetch(`${base()}${path}`, { method: 'POST', headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return {
    /** Signs in as `user`, landing on `next`; with what the page learns of them from config.json, and the cookies the callback set. */
    async signIn(user: IdpUser, next = '/') {
      const login = await fetch(`${base()}/auth/login?next=${encodeURIComponent(next)}`, { redirect: 'manual' });
      expect(login.status).toBe(302);
      const callback = await signInAtProvider(new URL(login.headers.get('location')!), user, base());
      const back = await fetch(callback, { redirect: 'manual', headers: { Cookie: cookieOf(login, 'sta_login')! } });
      expect(back.headers.get('location')).toBe(next);
      const cookie = cookieOf(back, 'sta_session')!;
      const config = (await (await fetch(`${base()}/config.json`, { headers: { Cookie: cookie } })).json()) as { signIn: { user: { employeeId: string; roles: string[] }; csrf: string } };
      return { cookie, csrf: config.signIn.csrf, config, setCookie: back.headers.getSetCookie().join('\n') };
    },
    post,
    /** The statement token a signed-in page is given. */
    tokenOf: async (who: SignedIn) => ((await (await post('/auth/token', who)).json()) as { token: string }).token,
  };
}
