import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** A token as it is kept at rest: its SHA-256, so a copied database holds no usable token. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Compares secrets (passwords, key hashes, derived keys) in constant time, so timing tells nothing about a near miss. */
export function sameSecret(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = typeof a === 'string' ? Buffer.from(a) : a;
  const y = typeof b === 'string' ? Buffer.from(b) : b;
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The client's address, for rate limits; `unknown` outside node-server (tests calling `app.request`). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
