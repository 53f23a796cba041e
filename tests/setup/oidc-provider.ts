import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The people of the test company: a trainee, an HR user, a trainer and a manager, as the IdP knows them. */
export const IDP_USERS = {
  trainee: { employee_id: 'E2001', name: '王芳', department: '华南销售部', groups: ['staff'] },
  hr: { employee_id: 'E9001', name: 'Helen HR', department: '人力资源部', groups: ['staff', 'sta-hr'] },
  trainer: { employee_id: 'E9002', name: 'Tom Trainer', department: '培训部', groups: ['sta-trainer'] },
  manager: { employee_id: 'E9003', name: 'Mia Manager', department: '华南销售部', groups: ['sta-manager'] },
  // Another account whose directory entry spells the trainee's id in lower case.
  lowercase: { employee_id: 'e2001', name: '王芳 (2)', department: '华南销售部', groups: ['staff'] },
} as const;
export type IdpUser = keyof typeof IDP_USERS;

export const IDP_CLIENT = { id: 'sales-target-academy', secret: 'test-client-secret' };

/**
 * A real OpenID provider (the `oidc-provider` package) on a free loopback port, with one client
 * and the users above; its development login form takes a user's key as the login name. No part
 * of the protocol is mocked. It offers RP-initiated logout (`end_session_endpoint`) unless
 * `endSession` is false, returning only to the registered `postLogoutRedirectUris`. A request
 * whose path `hold` picks is never answered, as from a provider that has stalled.
 */
export async function startOidcProvider(redirectUris: string[], o: { postLogoutRedirectUris?: string[]; endSession?: boolean; hold?: (path: string) => boolean } = {}) {
  const { default: Provider } = await import('oidc-provider');
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: o.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'employee_id', 'department', 'groups'] },
    findAccount: (_ctx: unknown, id: string) =>
      id in IDP_USERS ? { accountId: id, claims: () => ({ sub: id, ...IDP_USERS[id as IdpUser] }) } : undefined,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: o.endSession ?? true } },
    cookies: { keys: ['a test key that is long enough'] },
    // Everyone consents at once: the company's own app needs no consent screen.
    loadExistingGrant: async (ctx: { oidc: { client?: { clientId: string }; session?: { accountId?: string }; params?: { scope?: string } } }) => {
      const { Grant } = provider as unknown as { Grant: new (o: { clientId: string; accountId: string }) => { addOIDCScope(s: string): void; save(): Promise<string> } };
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grant = new Grant({ clientId, accountId });
      grant.addOIDCScope(ctx.oidc.params?.scope ?? 'openid profile');
      await grant.save();
      return grant;
    },
  } as never);
  const answer = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!o.hold?.(new URL(req.url ?? '/', issuer).pathname)) void answer(req, res);
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One browser at the provider, as plain HTTP: cookies kept (the provider's session lives in
 * them), redirects followed, its forms filled in, until the provider sends the browser back to
 * the app. A second sign-in in the same browser goes straight through while the provider's
 * session is open, as on a shared PC.
 */
export function providerBrowser() {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim()];
      // A cookie set empty or already expired is the provider deleting it.
      if (!value || /expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  /** Follows `start` until the app's origin; `fill` answers each form the provider shows. */
  async function walk(start: URL, appOrigin: string, fill: (fields: Record<string, string>) => void): Promise<URL> {
    let url = start.toString();
    let method = 'GET';
    let body: string | undefined;
    for (let hop = 0; hop < 20; hop++) {
      if (url.startsWith(appOrigin)) return new URL(url);
      const res = await fetch(url, { method, body, redirect: 'manual', headers: { Cookie: cookieHeader(), ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) } });
      keep(res);
      const location = res.headers.get('location');
      if (location) {
        url = new URL(location, url).toString();
        method = 'GET';
        body = undefined;
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
      if (!action) throw new Error(`the provider showed no form at ${url} (${res.status})`);
      const fields = Object.fromEntries(
        [...html.matchAll(/<input\b([^>]*)>/gi)].flatMap((m) => {
          const name = /\bname="([^"]+)"/.exec(m[1]!)?.[1];
          return name ? [[name, /\bvalue="([^"]*)"/.exec(m[1]!)?.[1] ?? '']] : [];
        }),
      );
      fill(fields);
      url = new URL(action.replace(/&amp;/g, '&'), url).toString();
      method = 'POST';
      body = new URLSearchParams(fields).toString();
    }
    throw new Error('the provider did not send the browser back to the app');
  }
  return {
    /** Signs in as `user`; returns the callback URL the app would receive and whether the provider asked for the login. */
    async signIn(authorizationUrl: URL, user: IdpUser, appOrigin: string) {
      let askedToLogIn = false;
      const callback = await walk(authorizationUrl, appOrigin, (fields) => {
        if (!('login' in fields)) return;
        askedToLogIn = true;
        Object.assign(fields, { login: user, password: 'any' });
      });
      return { callback, askedToLogIn };
    },
    /** Follows an end-session URL and answers "Yes, sign me out"; returns where the provider sent the browser back to. */
    signOut: (endSessionUrl: URL, appOrigin: string) =>
      walk(endSessionUrl, appOrigin, (fields) => {
        if ('xsrf' in fields) fields.logout = 'yes';
      }),
  };
}

/**
 * Signs in through the provider's own login form in a new browser (no session at the provider
 * yet). Returns the callback URL the app would receive.
 */
export async function signInAtProvider(authorizationUrl: URL, user: IdpUser, appOrigin: string): Promise<URL> {
  return (await providerBrowser().signIn(authorizationUrl, user, appOrigin)).callback;
}
