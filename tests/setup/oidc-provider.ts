import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The people of the test company: a trainee, an HR user, a trainer and a manager, as the IdP knows them. */
export const IDP_USERS = {
  trainee: { employee_id: 'E2001', name: '王芳', department: '华南销售部', groups: ['staff'] },
  hr: { employee_id: 'E9001', name: 'Helen HR', department: '人力资源部', groups: ['staff', 'sta-hr'] },
  trainer: { employee_id: 'E9002', name: 'Tom Trainer', department: '培训部', groups: ['sta-trainer'] },
  manager: { employee_id: 'E9003', name: 'Mia Manager', department: '华南销售部', groups: ['sta-manager'] },
} as const;
export type IdpUser = keyof typeof IDP_USERS;

export const IDP_CLIENT = { id: 'sales-target-academy', secret: 'test-client-secret' };

/**
 * A real OpenID provider (the `oidc-provider` package) on a free loopback port, with one client
 * and the users above; its development login form takes a user's key as the login name. No part
 * of the protocol is mocked.
 */
export async function startOidcProvider(redirectUris: string[]) {
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
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'employee_id', 'department', 'groups'] },
    findAccount: (_ctx: unknown, id: string) =>
      id in IDP_USERS ? { accountId: id, claims: () => ({ sub: id, ...IDP_USERS[id as IdpUser] }) } : undefined,
    features: { devInteractions: { enabled: true } },
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
  server.on('request', provider.callback());
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
 * Signs in through the provider's own login form with plain HTTP, as a browser would (cookies
 * kept per host, redirects followed), until the provider sends the browser back to the app.
 * Returns the callback URL the app would receive.
 */
export async function signInAtProvider(authorizationUrl: URL, user: IdpUser, appOrigin: string): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  };
  let url = authorizationUrl.toString();
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
    if ('login' in fields) Object.assign(fields, { login: user, password: 'any' });
    url = new URL(action.replace(/&amp;/g, '&'), url).toString();
    method = 'POST';
    body = new URLSearchParams(fields).toString();
  }
  throw new Error('the sign-in did not come back to the app');
}
