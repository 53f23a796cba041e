import { randomUUID } from 'node:crypto';
import { actorKey, definedActivities, statementForStorage, statementIndex, VOIDED_VERB } from '../../domain';
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

/** Who stored a statement: this LRS (the credentials map to it, not to a person). */
const AUTHORITY = { objectType: 'Agent', account: { homePage: 'https://sales-target-academy.example.com', name: 'lrs' } };

/** What the LRS itself adds, left out when a resent statement is compared with the stored one. */
const withoutLrsParts = ({ stored: _s, authority: _a, version: _v, timestamp: _t, ...rest }: Json) => rest;

export interface Attachment {
  sha2: string;
  contentType: string;
  body: Uint8Array;
}

export type SaveResult = { ok: true; ids: string[] } | { ok: false; status: 409; reason: string };

export interface Query {
  agent?: string;
  verb?: string;
  activity?: string;
  relatedAgents?: boolean;
  relatedActivities?: boolean;
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
    'INSERT INTO statements (id, stored, actor_key, verb_id, object_id, registration, body, ref_id) VALUES (@id, @stored, @actor_key, @verb_id, @object_id, @registration, @body, @ref_id)',
  );
  const voidStatement = db.prepare("UPDATE statements SET voided = 1 WHERE id = ? AND verb_id != 'http://adlnet.gov/expapi/verbs/voided'");
  const addAgent = db.prepare('INSERT INTO statement_agents (seq, agent_key, broad) VALUES (?, ?, ?)');
  const addActivity = db.prepare('INSERT INTO statement_activities (seq, activity_id, broad) VALUES (?, ?, ?)');
  const definitionOf = db.prepare('SELECT definition FROM activities WHERE activity_id = ?');
  const putDefinition = db.prepare('INSERT INTO activities (activity_id, definition) VALUES (?, ?) ON CONFLICT (activity_id) DO UPDATE SET definition = excluded.definition');
  const putAttachment = db.prepare('INSERT INTO attachments (sha2, content_type, body) VALUES (?, ?, ?) ON CONFLICT (sha2) DO NOTHING');
  const attachmentBy = db.prepare('SELECT content_type, body FROM attachments WHERE sha2 = ?');

  /** The LRS's canonical definition of an activity: the latest one received, its language maps merged with the earlier ones. */
  const remember = (id: string, definition: Json) => {
    const row = definitionOf.get(id) as { definition: string } | undefined;
    const old = row ? (JSON.parse(row.definition) as Json) : {};
    const merged: Json = { ...old, ...definition };
    for (const k of ['name', 'description'])
      if (old[k] && typeof old[k] === 'object' && definition[k] && typeof definition[k] === 'object') merged[k] = { ...(old[k] as Json), ...(definition[k] as Json) };
    putDefinition.run(id, JSON.stringify(merged));
  };

  /** Saves statements (and their attachments' bytes) in one transaction: all or none. */
  const save = db.transaction((statements: Json[], stored: string, files: readonly Attachment[]): SaveResult => {
    const ids: string[] = [];
    for (const s of statements) {
      const id = typeof s.id === 'string' ? s.id.toLowerCase() : randomUUID();
      const existing = byId.get(id) as { body: string } | undefined;
      if (existing) {
        if (canonical(withoutLrsParts(JSON.parse(existing.body) as Json)) !== canonical(withoutLrsParts(statementForStorage({ ...s, id }, { id, stored, authority: AUTHORITY }))))
          return { ok: false, status: 409, reason: `statement ${id} already exists with other content` };
        ids.push(id);
        continue;
      }
      const body = statementForStorage(s, { id, stored, authority: AUTHORITY });
      const object = s.object as Json;
      const key = actorKey(s.actor);
      const { lastInsertRowid } = insert.run({
        id,
        stored,
        actor_key: key,
        verb_id: String((s.verb as Json).id),
        object_id: String(object.id ?? ''),
        registration: ((s.context as Json | undefined)?.registration as string | undefined) ?? null,
        body: JSON.stringify(body),
        ref_id: object.objectType === 'StatementRef' ? String(object.id).toLowerCase() : null,
      });
      const index = statementIndex(body);
      for (const a of index.agents) addAgent.run(lastInsertRowid, a.key, a.broad ? 1 : 0);
      for (const a of index.activities) addActivity.run(lastInsertRowid, a.id, a.broad ? 1 : 0);
      for (const a of definedActivities(body)) remember(a.id, a.definition);
      if ((s.verb as Json).id === VOIDED_VERB && object.objectType === 'StatementRef') {
        const targetId = String(object.id).toLowerCase();
        const target = byId.get(targetId) as { body: string; actor_key: string } | undefined;
        if (voidStatement.run(targetId).changes && target) progress.rebuild(target.actor_key, JSON.parse(target.body) as Json);
      } else progress.apply(key, body);
      ids.push(id);
    }
    for (const f of files) putAttachment.run(f.sha2, f.contentType, Buffer.from(f.body));
    return { ok: true, ids };
  });

  function get(id: string, voided: boolean): Json | undefined {
    const row = byId.get(id.toLowerCase()) as { body: string; voided: number } | undefined;
    if (!row || Boolean(row.voided) !== voided) return undefined;
    return JSON.parse(row.body) as Json;
  }

  /**
   * Statements matching a query, newest first unless ascending. The agent, verb, activity and
   * registration filters also match every statement that refers to a matching one through a
   * StatementRef, however deep (Communication 2.1.3), and a voided statement is never returned
   * though the statements that refer to it are; since, until and paging apply to what is returned.
   */
  function find(q: Query): { statements: Json[]; last?: number } {
    const match: string[] = [];
    const params: Record<string, string | number> = {};
    const filter = (list: string[], clause: string, name: string, value: string | number | undefined) => {
      if (value === undefined || value === '') return;
      list.push(clause);
      params[name] = value;
    };
    filter(match, `seq IN (SELECT seq FROM statement_agents WHERE agent_key = @agent${q.relatedAgents ? '' : ' AND broad = 0'})`, 'agent', q.agent);
    filter(match, 'verb_id = @verb', 'verb', q.verb);
    filter(match, `seq IN (SELECT seq FROM statement_activities WHERE activity_id = @activity${q.relatedActivities ? '' : ' AND broad = 0'})`, 'activity', q.activity);
    filter(match, 'registration = @registration', 'registration', q.registration);
    const where = ['voided = 0'];
    filter(where, 'stored > @since', 'since', q.since);
    filter(where, 'stored <= @until', 'until', q.until);
    filter(where, q.ascending ? 'seq > @after' : 'seq < @after', 'after', q.after);
    const matched = match.length
      ? `WITH RECURSIVE matched(seq, id) AS (SELECT seq, id FROM statements WHERE ${match.join(' AND ')} UNION SELECT s.seq, s.id FROM statements s JOIN matched m ON s.ref_id = m.id) `
      : '';
    if (match.length) where.push('seq IN (SELECT seq FROM matched)');
    const rows = db
      .prepare(`${matched}SELECT seq, body FROM statements WHERE ${where.join(' AND ')} ORDER BY seq ${q.ascending ? 'ASC' : 'DESC'} LIMIT @limit`)
      .all({ ...params, limit: q.limit + 1 }) as { seq: number; body: string }[];
    const page = rows.slice(0, q.limit);
    return { statements: page.map((r) => JSON.parse(r.body) as Json), last: rows.length > q.limit ? page.at(-1)!.seq : undefined };
  }

  /** The actor key of a statement, voided or not, if it exists. */
  const ownerOf = (id: string) => (byId.get(id.toLowerCase()) as { actor_key: string } | undefined)?.actor_key;

  return {
    save: (statements: Json[], files: readonly Attachment[] = []) => save(statements, new Date().toISOString(), files),
    get,
    find,
    ownerOf,
    /** The canonical definition of an activity, if any statement defined it. */
    definition: (id: string) => {
      const row = definitionOf.get(id) as { definition: string } | undefined;
      return row ? (JSON.parse(row.definition) as Json) : undefined;
    },
    attachment: (sha2: string) => attachmentBy.get(sha2) as { content_type: string; body: Buffer } | undefined,
  };
}
