import { endSessionAddress } from '../domain';

/**
 * Signs out of a company account: ends our session (`POST /auth/logout`; `hr` comes back to HR's
 * sign-in) and, when the server names the provider's end-session address, sends the browser there
 * so that the provider ends its own session too and the next person is asked for their password;
 * otherwise to `signedOut`. Throws when neither could be done, for the page to say so.
 */
export async function companySignOut({ csrf, from, signedOut }: { csrf: string | null | undefined; from?: 'hr'; signedOut: string }): Promise<void> {
  const res = await fetch(`/auth/logout${from ? `?from=${from}` : ''}`, { method: 'POST', credentials: 'same-origin', headers: csrf ? { 'X-CSRF-Token': csrf } : {} });
  // 401: the session had already ended, which is what was wanted.
  if (!res.ok && res.status !== 401) throw new Error(`HTTP ${res.status}`);
  if (res.status !== 200) return window.location.assign(signedOut);
  const url = endSessionAddress(await res.json().catch(() => undefined));
  if (!url) throw new Error('no end-session address');
  window.location.assign(url);
}
