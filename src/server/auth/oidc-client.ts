import * as oidc from 'openid-client';
import { DEFAULT_CLAIMS, DEFAULT_ROLES, identityFromClaims, type ClaimNames, type RoleNames, type SignedInIdentity } from '../../domain';

/**
 * Company sign-in with OpenID Connect (authorization code with PKCE), through openid-client:
 * discovery, the authorization URL, and the callback's code exchange with state, nonce and
 * PKCE checked. The identity is read from the ID token's claims, completed from userinfo.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `${PUBLIC_URL}/auth/callback` */
  redirectUri: string;
  /** `${PUBLIC_URL}/auth/signed-out`: where the provider sends the browser after ending its session. */
  postLogoutRedirectUri: string;
  claims: ClaimNames;
  roles: RoleNames;
  /** How long one request to the provider may take before the sign-in gives up, in seconds. */
  timeoutSeconds: number;
}

/** What must survive from the login redirect to the callback (kept server-side, keyed by `state`). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The path to return to after signing in (always a local path). */
  next: string;
}

/** Where the provider sends the browser after ending its session; the first screen then says so. */
export const SIGNED_OUT_PATH = '/auth/signed-out';

/** Where a user lands once signed out: the pages they signed out of. */
export type SignedOutPlace = 'course' | 'hr';

/** The page the signed-out address sends the browser on to, by the `state` the provider returns (any other value: the course). */
export const signedOutLanding = (state: string | undefined) => (state === 'hr' ? '/hr?signin=signed-out' : '/?signin=signed-out');

/** Long enough for a busy provider, short enough that someone signing in is not left waiting with no answer. */
export const DEFAULT_PROVIDER_TIMEOUT_SECONDS = 10;

function providerTimeout(text: string | undefined) {
  if (!text) return DEFAULT_PROVIDER_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 120) throw new Error(`OIDC_TIMEOUT_SECONDS must be a number of seconds from 1 to 120, not "${text}".`);
  return seconds;
}

/** OIDC settings from the environment, or undefined when company sign-in is not configured. */
export function oidcSettingsFrom(env: NodeJS.ProcessEnv): OidcSettings | undefined {
  if (!env.OIDC_ISSUER) return undefined;
  const missing = ['PUBLIC_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((k) => !env[k]);
  if (missing.length) throw new Error(`OIDC_ISSUER is set, so company sign-in also needs ${missing.join(', ')}.`);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri: `${env.PUBLIC_URL!.replace(/\/+$/, '')}/auth/callback`,
    postLogoutRedirectUri: `${env.PUBLIC_URL!.replace(/\/+$/, '')}${SIGNED_OUT_PATH}`,
    claims: {
      employeeId: env.OIDC_EMPLOYEE_ID_CLAIM || DEFAULT_CLAIMS.employeeId,
      name: env.OIDC_NAME_CLAIM || DEFAULT_CLAIMS.name,
      department: env.OIDC_DEPARTMENT_CLAIM || DEFAULT_CLAIMS.department,
      roles: env.OIDC_ROLES_CLAIM || DEFAULT_CLAIMS.roles,
    },
    timeoutSeconds: providerTimeout(env.OIDC_TIMEOUT_SECONDS),
    roles: {
      hr: env.OIDC_HR_ROLE || DEFAULT_ROLES.hr,
      manager: env.OIDC_MANAGER_ROLE || DEFAULT_ROLES.manager,
      trainer: env.OIDC_TRAINER_ROLE || DEFAULT_ROLES.trainer,
      admin: env.OIDC_ADMIN_ROLE || DEFAULT_ROLES.admin,
    },
  };
}

/** Plain http is allowed only for a provider on this machine (tests, a local Keycloak). */
const isLoopback = (url: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);

/** A local path to return to; anything else (another site, a scheme) becomes the home page. */
export const safeNext = (next: string | undefined) => (next && /^\/(?![/\\])/.test(next) ? next : '/');

export async function oidcClient(settings: OidcSettings, log: (line: string) => void = () => {}) {
  let config: oidc.Configuration | undefined;
  const configuration = async () => {
    config ??= await oidc.discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.ClientSecretBasic(settings.clientSecret), {
      execute: isLoopback(settings.issuer) ? [oidc.allowInsecureRequests] : [],
      // Without it only discovery has a time limit: a token or userinfo endpoint that stalls
      // would hold the callback (and the browser waiting on it) for as long as the socket stays open.
      timeout: settings.timeoutSeconds,
    });
    return config;
  };
  // A provider that is down while the course starts must not keep the course down, nor HR's
  // break-glass sign-in: discovery is tried again at the next sign-in.
  await configuration().catch((e: unknown) =>
    log(`company sign-in: the provider at ${settings.issuer} did not answer (${(e as Error).message}); sign-in will try it again when someone signs in`),
  );

  return {
    /** Starts a sign-in: the provider's URL to send the browser to, and what the callback will check. */
    async begin(next: string | undefined): Promise<{ url: URL; pending: PendingLogin }> {
      const c = await configuration();
      const pending: PendingLogin = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(), next: safeNext(next) };
      const url = oidc.buildAuthorizationUrl(c, {
        redirect_uri: settings.redirectUri,
        scope: 'openid profile email',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url, pending };
    },
    /**
     * Ends a sign-in: exchanges the code (checking state, nonce and PKCE) and reads who signed in,
     * with the ID token that the provider's end-session endpoint takes as `id_token_hint`.
     */
    async finish(callbackUrl: URL, pending: PendingLogin): Promise<(SignedInIdentity & { idToken: string | undefined }) | { error: string }> {
      const c = await configuration();
      const tokens = await oidc.authorizationCodeGrant(c, callbackUrl, { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce });
      const idClaims: Record<string, unknown> = { ...tokens.claims() };
      let claims: Record<string, unknown> = { ...idClaims };
      // Many providers put profile claims only in userinfo; the ID token's claims win where both say.
      if (c.serverMetadata().userinfo_endpoint && typeof idClaims.sub === 'string') {
        const info = await oidc.fetchUserInfo(c, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      }
      const who = identityFromClaims(claims, settings.claims, settings.roles);
      return 'error' in who ? who : { ...who, idToken: tokens.id_token };
    },
    /**
     * Where the browser goes to end the provider's session too (RP-Initiated Logout 1.0), or
     * undefined when the provider's discovery names no `end_session_endpoint`. Without the
     * session's ID token (one opened before tokens were kept) `client_id` still names the course.
     * `state` comes back to the signed-out address, so HR lands on HR's sign-in, a trainee on the
     * course's first screen.
     */
    async endSessionUrl(idToken: string | undefined, returnTo: SignedOutPlace): Promise<URL | undefined> {
      // The provider down: our session ends all the same.
      const c = await configuration().catch(() => undefined);
      if (!c) return undefined;
      if (!c.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(c, {
        ...(idToken ? { id_token_hint: idToken } : {}),
        post_logout_redirect_uri: settings.postLogoutRedirectUri,
        client_id: settings.clientId,
        ...(returnTo === 'hr' ? { state: 'hr' } : {}),
      });
    },
  };
}

export type OidcClient = Awaited<ReturnType<typeof oidcClient>>;
