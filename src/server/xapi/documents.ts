import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { jsonDepth } from '../json-body';
import { fail, type AppEnv } from '../route-table';
import { lockKeys, type Sql } from '../storage/sql';

/** A document's entity tag: the SHA-1 of its bytes, quoted (RFC 7232). */
export const etagOf = (body: Uint8Array) => `"${createHash('sha1').update(body).digest('hex')}"`;

/** RFC 7232's preconditions on a write: If-Match names the current tag (or `*` for any), If-None-Match `*` wants none. */
export function preconditionFails(c: Context<AppEnv>, current: Uint8Array | undefined): boolean {
  const ifMatch = c.req.header('If-Match');
  const ifNoneMatch = c.req.header('If-None-Match');
  const tag = current ? etagOf(current) : undefined;
  if (ifMatch !== undefined) {
    const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (!tag || !(tags.includes('*') || tags.includes(tag))) return true;
  }
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (tag && (tags.includes('*') || tags.includes(tag))) return true;
  }
  return false;
}

export const hasPrecondition = (c: Context<AppEnv>) => c.req.header('If-Match') !== undefined || c.req.header('If-None-Match') !== undefined;

/** A JSON object, or why the text is not one (POST merges objects only). */
export function objectOf(text: string, what: string, maxDepth: number): Record<string, unknown> | string {
  if (jsonDepth(text, maxDepth) > maxDepth) return `${what} nests deeper than ${maxDepth} levels`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `${what} is not JSON`;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : `${what} is not a JSON object`;
}

/** The document a PUT or POST sent, its type and bytes: read before the write's transaction begins. */
export async function sentDocument(c: Context<AppEnv>): Promise<{ type: string; body: Uint8Array } | Response> {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim() || 'application/octet-stream';
  if (type.length > 200) return fail(c, 400, 'bad_request', 'the content type is too long');
  return { type, body: new Uint8Array(await c.req.arrayBuffer()) };
}

/**
 * The body to store for a PUT or POST of a document: as sent, or for a POST the stored JSON
 * object merged with the sent one (xAPI Communication 2.2; anything but two JSON objects is a 400).
 */
export function documentToStore(
  c: Context<AppEnv>,
  merge: boolean,
  existing: StoredDocument | undefined,
  sent: { type: string; body: Uint8Array },
  maxDepth: number,
): { type: string; body: Uint8Array } | Response {
  const { type } = sent;
  if (!merge) return sent;
  if (type !== 'application/json') return fail(c, 400, 'bad_request', 'POST merges JSON documents only (Content-Type: application/json)');
  const incoming = objectOf(new TextDecoder().decode(sent.body), 'the document', maxDepth);
  if (typeof incoming === 'string') return fail(c, 400, 'bad_request', incoming);
  if (!existing) return sent;
  const stored = existing.content_type === 'application/json' ? objectOf(new TextDecoder().decode(existing.body), 'the stored document', maxDepth) : 'the stored document is not JSON';
  if (typeof stored === 'string') return fail(c, 400, 'bad_request', `cannot merge: ${stored}`);
  return { type, body: new TextEncoder().encode(JSON.stringify({ ...stored, ...incoming })) };
}

export interface StoredDocument {
  content_type: string;
  body: Uint8Array;
}

/**
 * A document's read, the request's preconditions checked against it, and then `change` (a write
 * or a delete), as one: in a transaction, under the document's lock on PostgreSQL. Two requests at
 * once (two tabs, two instances) can then never both pass a check on the same version, nor two
 * merges write over each other. `key` names the document.
 */
export function changeDocument(
  sql: Sql,
  c: Context<AppEnv>,
  key: readonly string[],
  read: (q: Sql) => Promise<StoredDocument | undefined>,
  change: (q: Sql, existing: StoredDocument | undefined) => Promise<Response>,
): Promise<Response> {
  return sql.tx(async (q) => {
    await lockKeys(q, 'document', [JSON.stringify(key)]);
    const existing = await read(q);
    if (preconditionFails(c, existing?.body)) return fail(c, 412, 'precondition_failed', 'the document changed since it was read');
    return change(q, existing);
  });
}

/** One stored document as the answer to a GET: its bytes, type, entity tag and date. */
export const documentResponse = (c: Context<AppEnv>, row: { content_type: string; body: Uint8Array; updated: string }) => {
  const body = new Uint8Array(row.body);
  return c.body(body, 200, { 'Content-Type': row.content_type, ETag: etagOf(body), 'Last-Modified': new Date(row.updated).toUTCString() });
};
