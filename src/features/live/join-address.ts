import { paths } from '../../config/paths';

/** Where phones join: the address phones can reach (`origin`, e.g. PUBLIC_URL or the LAN address), this page's own by default. */
export function joinAddress(code: string, origin: string = location.origin): { url: string; short: string } {
  return { url: `${origin}${paths.join.href(code)}`, short: `${origin.replace(/^https?:\/\//, '')}${paths.join.href()}` };
}
