import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** A token as it is kept at rest: its SHA-256, so a copied database holds no usable token. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The client's address behind `trustProxy` reverse proxies: each proxy appends the address it
 * heard from to `X-Forwarded-For`, so the client is `trustProxy` entries from the right. With no
 * trusted proxy the header is ignored (anyone can write it) and the socket's address counts.
 */
export function addressFrom(remote: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: number): string {
  const socket = remote || 'unknown';
  if (trustProxy <= 0 || !forwardedFor) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  // Right to left: the socket's peer (the nearest proxy), then what each trusted proxy heard.
  const chain = [socket, ...hops.reverse()];
  return chain[Math.min(trustProxy, chain.length - 1)]!;
}

const remembered = new WeakMap<Request, string>();

/** Keeps the address the app worked out for this request (see `addressFrom`). */
export function rememberAddress(c: Context, trustProxy: number) {
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    remote = undefined; // outside node-server (tests calling `app.request`)
  }
  remembered.set(c.req.raw, addressFrom(remote, c.req.header('X-Forwarded-For'), trustProxy));
}

/** The client's address, for rate limits. */
export function clientAddress(c: Context): string {
  return remembered.get(c.req.raw) ?? 'unknown';
}

/** Compares secrets (passwords, key hashes, derived keys) in constant time, so timing tells nothing about a near miss. */
export function sameSecret(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const x = typeof a === 'string' ? Buffer.from(a) : a;
  const y = typeof b === 'string' ? Buffer.from(b) : b;
  return x.length === y.length && timingSafeEqual(x, y);
}
