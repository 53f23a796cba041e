import type { Context } from 'hono';
import { boundaryOf, parseMultipart, statementProblems } from '../../domain';
import { jsonDepth } from '../json-body';
import type { AppEnv } from '../route-table';
import { sha256Hex, signatureProblem } from './signature';
import type { Attachment } from './statement-store';

type Json = Record<string, unknown>;
const decoder = new TextDecoder();

/**
 * The statements of a POST or PUT body (Communication 1.5): JSON, or `multipart/mixed` with the
 * statements first and each attachment's bytes after, named by its hash. Every statement is
 * checked against the data model, every attachment must be either a `fileUrl` or a part, no
 * part may be left over, and a signature must verify. Returns a reason for the first problem.
 */
export async function statementsFromBody(c: Context<AppEnv>, maxDepth: number): Promise<{ statements: Json[]; files: Attachment[] } | string> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  let json: string;
  const parts = new Map<string, { contentType: string; body: Uint8Array }>();
  // JSON is decoded as it is read (UTF-8, as TextDecoder does); only multipart needs the bytes.
  if (type === 'application/json') json = await c.req.text();
  else if (type === 'multipart/mixed') {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const boundary = boundaryOf(c.req.header('Content-Type'));
    if (!boundary) return 'a multipart/mixed body needs a boundary in its Content-Type';
    const parsed = parseMultipart(bytes, boundary);
    if (typeof parsed === 'string') return parsed;
    const [first, ...rest] = parsed;
    if (!first || !/^application\/json\b/i.test(first.headers['content-type'] ?? '')) return 'the first part of a multipart body holds the statements as application/json';
    json = decoder.decode(first.body);
    for (const p of rest) {
      const hash = p.headers['x-experience-api-hash'];
      if (!hash) return 'each attachment part names its hash in X-Experience-API-Hash';
      if ((p.headers['content-transfer-encoding'] ?? '').toLowerCase() !== 'binary') return 'each attachment part is sent with Content-Transfer-Encoding: binary';
      if (sha256Hex(p.body) !== hash.toLowerCase()) return `the part named ${hash} does not have that SHA-256 hash`;
      parts.set(hash.toLowerCase(), { contentType: p.headers['content-type'] ?? 'application/octet-stream', body: p.body });
    }
  } else return 'statements are sent as application/json or multipart/mixed';
  if (jsonDepth(json, maxDepth) > maxDepth) return `the JSON nests deeper than ${maxDepth} levels`;
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    return 'the body is not JSON';
  }
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0) return 'no statements';
  const used = new Set<string>();
  for (const [i, s] of list.entries()) {
    const problems = statementProblems(s);
    if (problems.length) return `statement ${i}: ${problems.join('; ')}`;
    for (const a of ((s as Json).attachments as Json[] | undefined) ?? []) {
      const hash = String(a.sha2).toLowerCase();
      if (parts.has(hash)) used.add(hash);
      else if (a.fileUrl === undefined) return `statement ${i}: the attachment ${hash} has neither a fileUrl nor a part of its own`;
    }
    const signature = signatureProblem(s as Json, (h) => parts.get(h.toLowerCase())?.body);
    if (signature) return `statement ${i}: ${signature}`;
  }
  if (used.size !== parts.size) return 'the body has parts that no attachment names';
  return { statements: list as Json[], files: [...parts].map(([sha2, p]) => ({ sha2, contentType: p.contentType, body: p.body })) };
}
