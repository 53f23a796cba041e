import { paths } from '../../config/paths';

/** Where phones join: the full link for the QR code and the short address people type. */
export function joinAddress(code: string): { url: string; short: string } {
  return { url: `${location.origin}${paths.join.href(code)}`, short: `${location.host}${paths.join.href()}` };
}
