import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role as UserRole, SignInFailure } from '../../domain';
import { USER_COOKIE } from '../guards';
import { fail, type AppEnv, type Route } from '../route-table';
import type { TraineeRegistry } from '../trainees';
import { safeNext, SIGNED_OUT_PATH, signedOutLanding, type OidcClient, type SignedOutPlace } from './oidc-client';
import type { SessionStore } from './session-store';

const LOGIN_COOKIE = 'sta_login';
/**
 * Who last signed in on this browser, readable by the page (src/stores/person-data.ts) before it
 * loads anyone's work from the device: on a shared PC each person gets their own. Not a credential.
 */
const PERSON_COOKIE = 'sta_person';

export interface AuthOptions {
  oidc: OidcClient | undefined;
  /** `${PUBLIC_URL}/auth/callback`: the address the provider sends the browser back to. */
  redirectUri: string | undefined;
  users: SessionStore;
  trainees: TraineeRegistry;
  /** Cookies only over https (PUBLIC_URL says which). */
  secure: boolean;
  /** The absolute session length, for the cookie's lifetime. */
  sessionMaxMs: number;
  log: (line: string) => void;
}

/**
 * Ends a signed-in session and says where the browser goes next: the provider's end-session
 * endpoint when it has one (so a shared PC does not sign the next person straight in as this
 * one), as `{ endSessionUrl }`; otherwise 204.
 */
export async function signOut(c: Context<AppEnv>, o: { oidc?: OidcClient | undefined; users: SessionStore }, token: string, from: SignedOutPlace = 'course') {
  const idToken = await o.users.close(token);
  deleteCookie(c, USER_COOKIE, { path: '/' });
  const url = await o.oidc?.endSessionUrl(idToken, from);
  return url ? c.json({ endSessionUrl: url.href }, 200) : c.body(null, 204);
}


/**
 * Company sign-in: `GET /auth/login?next=/path` sends the browser to the provider (the login's
 * state, nonce and PKCE verifier wait server-side; a cookie binds the login to this browser),
 * `GET /auth/callback` checks the answer and opens a session, `POST /auth/logout` ends it (and
 * sends the browser on to end the provider's session, which returns to `GET /auth/signed-out`),
 * and `POST /auth/token` gives a signed-in page its statement token.
 */
export function authRoutes(o: AuthOptions): Route[] {
  const cookie = { httpOnly: true, secure: o.secure, sameSite: 'Lax' as const };
  /**
   * Back to the page the sign-in started from (the first screen when that is not known), which
   * explains the failure and offers to try again: someone who cancels at the provider from a quiz
   * or from HR's pages is still there.
   */
  const back = (c: Context<AppEnv>, failure: SignInFailure, next = '/') => {
    deleteCookie(c, LOGIN_COOKIE, { path: '/auth' });
    const to = new URL(safeNext(next), 'http://course.invalid');
    to.searchParams.set('signin', failure);
    return c.redirect(`${to.pathname}${to.search}`, 302);
  };
  const notConfigured = (c: Context<AppEnv>) => fail(c, 404, 'no_company_sign_in', 'company sign-in is not configured on this server');

  return [
    {
      method: 'GET',
      path: '/auth/login',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        if (!o.oidc) return notConfigured(c);
        let started: Awaited<ReturnType<OidcClient['begin']>>;
        try {
          started = await o.oidc.begin(c.req.query('next'));
        } catch (e) {
          o.log(`sign-in: the provider could not be reached: ${(e as Error).message}`);
          return back(c, 'failed', c.req.query('next'));
        }
        const { url, pending } = started;
        await o.users.remember(pending);
        // SameSite=Lax: the provider's redirect back is a top-level navigation from its site.
        setCookie(c, LOGIN_COOKIE, pending.state, { ...cookie, path: '/auth', maxAge: 15 * 60 });
        return c.redirect(url.href, 302);
      },
    },
    {
      method: 'GET',
      path: '/auth/callback',
      role: 'public',
      body: 'none',
      handler: async (c) => {
        if (!o.oidc || !o.redirectUri) return notConfigured(c);
        const state = c.req.query('state') ?? '';
        // A login started in another browser (or by someone else's link) is not finished in this one.
        if (!state || getCookie(c, LOGIN_COOKIE) !== state) return back(c, 'expired');
        const pending = await o.users.take(state);
        if (!pending) return back(c, 'expired');
        if (c.req.query('error')) return back(c, 'refused', pending.next);
        // The provider checks the redirect URI as registered: the public address, whatever proxy is in front.
        const callback = new URL(o.redirectUri);
        callback.search = new URL(c.req.url).search;
        let who: Awaited<ReturnType<OidcClient['finish']>>;
        try {
          who = await o.oidc.finish(callback, pending);
        } catch (e) {
          o.log(`sign-in: the provider's answer was refused: ${(e as Error).message}`);
          return back(c, 'failed', pending.next);
        }
        if ('error' in who) return back(c, (['no_employee_id', 'no_name', 'no_subject'] as const).find((e) => e === who.error) ?? 'failed', pending.next);
        const recorded = await o.trainees.signedIn(who);
        if (recorded === 'taken') return back(c, 'taken', pending.next);
        // The id as first recorded (the provider may now spell it in another case): one person, one record.
        who.employeeId = recorded.employeeId;
        const roles = [...new Set<UserRole>([...who.roles, ...(await o.users.grantsOf(who.employeeId))])];
        const previous = getCookie(c, USER_COOKIE);
        if (previous) await o.users.close(previous);
        // Always a new token: a session id planted before sign-in never becomes a signed-in one.
        const { idToken, ...identity } = who;
        const { token } = await o.users.open({ ...identity, roles }, idToken);
        setCookie(c, USER_COOKIE, token, { ...cookie, path: '/', maxAge: Math.floor(o.sessionMaxMs / 1000) });
        setCookie(c, PERSON_COOKIE, who.employeeId, { secure: o.secure, sameSite: 'Lax', path: '/', maxAge: 400 * 24 * 3600 });
        deleteCookie(c, LOGIN_COOKIE, { path: '/auth' });
        return c.redirect(pending.next, 302);
      },
    },
    {
      method: 'POST',
      path: '/auth/logout',
      role: 'signed-in',
      body: 'none',
      // `?from=hr`: from HR's pages (a company account without an HR role), back to HR's sign-in.
      handler: (c) => signOut(c, o, c.var.user.token, c.req.query('from') === 'hr' ? 'hr' : 'course'),
    },
    {
      // The provider's way back after its sign-out (the address registered as post_logout_redirect_uri), on to the pages signed out of.
      method: 'GET',
      path: SIGNED_OUT_PATH,
      role: 'public',
      body: 'none',
      handler: (c) => c.redirect(signedOutLanding(c.req.query('state')), 302),
    },
    {
      // The statement token of the signed-in user: the identity is the session's, never the body's.
      method: 'POST',
      path: '/auth/token',
      role: 'signed-in',
      body: 'none',
      handler: async (c) => c.json(await o.trainees.tokenFor(c.var.user, c.var.user.token), 201),
    },
  ];
}
