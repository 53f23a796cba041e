import { randomUUID } from 'node:crypto';
import { actorKey } from '../../domain';
import type { Db } from '../db';
import type { ProgressStore } from '../records/progress-store';

type Json = Record<string, unknown>;

/** JSON with keys in order, so two copies of one statement compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value as Json)
      .filter((k) => !['stored', 'authority', 'version'].includes(k))
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Json)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export type SaveResult = { ok: true; ids: string[] } | { ok: false; status: 409; reason: string };

export interface Query {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  since?: string;
  until?: string;
  limit: number;
  ascending: boolean;
  /** Where a `more` page continues: the last sequence number already returned. */
  after?: number;
}

/**
 * Statements kept in SQLite: idempotent by id, conflicting ids refused, voiding honored; each
 * write also brings the progress table up to date in the same transaction.
 */
export function statementStore(db: Db, progress: ProgressStore) {
  const byId = db.prepare('SELECT body, voided, actor_key FROM statements WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO statements (id, stored, actor_key, verb_id, object_id, registration, body) VALUES (@id, @stored, @actor_key, @verb_id, @object_id, @registration, @body)',
  );
  const voidStatement = db.prepare("UPDATE statements SET voided = 1 WHERE id = ? AND verb_id != 'http://adlnet.gov/expapi/verbs/voided'");

  /** Saves statements in one transaction: all or none. */
  const save = db.transaction((statements: Json[], stored: string): SaveResult => {
    const ids: string[] = [];
    for (const s of statements) {
      const id = typeof s.id === 'string' ? s.id.toLowerCase() : randomUUID();
      const existing = byId.get(id) as { body: string } | undefined;
      if (existing) {
        if (canonical(JSON.parse(existing.body)) !== canonical({ ...s, id })) return { ok: false, status: 409, reason: `statement ${id} already exists with other content` };
        ids.push(id);
        continue;
      }
      const body = { ...s, id, stored, authority: { objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com', name: 'lrs' } }, version: (s.version as string) ?? '1.0.0' };
      const object = s.object as Json;
      const key = actorKey(s.actor);
      insert.run({
        id,
        stored,
        actor_key: key,
        verb_id: String((s.verb as Json).id),
        object_id: String(object.id),
        registration: ((s.context as Json | undefined)?.registration as string | undefined) ?? null,
        body: JSON.stringify(body),
      });
      if ((s.verb as Json).id === 'http://adlnet.gov/expapi/verbs/voided' && object.objectType === 'StatementRef') {
        const targetId = String(object.id).toLowerCase();
        const target = byId.get(targetId) as { body: string; actor_key: string } | undefined;
        if (voidStatement.run(targetId).changes && target) progress.rebuild(target.actor_key, JSON.parse(target.body) as Json);
      } else progress.apply(key, body);
      ids.push(id);
    }
    return { ok: true, ids };
  });

  function get(id: string, voided: boolean): Json | undefined {
    const row = byId.get(id.toLowerCase()) as { body: string; voided: number } | undefined;
    if (!row || Boolean(row.voided) !== voided) return undefined;
    return JSON.parse(row.body) as Json;
  }

  function find(q: Query): { statements: Json[]; last?: number } {
    const where = ['voided = 0'];
    const params: Record<string, string | number> = {};
    const filter = (clause: string, name: string, value: string | number | undefined) => {
      if (value === undefined || value === '') return;
      where.push(clause);
      params[name] = value;
    };
    filter('actor_key = @agent', 'agent', q.agent);
    filter('verb_id = @verb', 'verb', q.verb);
    filter('object_id = @activity', 'activity', q.activity);
    filter('registration = @registration', 'registration', q.registration);
    filter('stored > @since', 'since', q.since);
    filter('stored <= @until', 'until', q.until);
    filter(q.ascending ? 'seq > @after' : 'seq < @after', 'after', q.after);
    const rows = db
      .prepare(`SELECT seq, body FROM statements WHERE ${where.join(' AND ')} ORDER BY seq ${q.ascending ? 'ASC' : 'DESC'} LIMIT @limit`)
      .all({ ...params, limit: q.limit + 1 }) as { seq: number; body: string }[];
    const page = rows.slice(0, q.limit);
    return { statements: page.map((r) => JSON.parse(r.body) as Json), last: rows.length > q.limit ? page.at(-1)!.seq : undefined };
  }

  /** The actor key of a statement, voided or not, if it exists. */
  const ownerOf = (id: string) => (byId.get(id.toLowerCase()) as { actor_key: string } | undefined)?.actor_key;

  return { save: (statements: Json[]) => save(statements, new Date().toISOString()), get, find, ownerOf };
}
