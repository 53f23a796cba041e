import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** A token as it is kept at rest: its SHA-256, so a copied database holds no usable token. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The client's address, for rate limits; `unknown` outside node-server (tests calling `app.request`). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
