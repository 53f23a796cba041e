import { randomUUID } from 'node:crypto';
import { actorKey, definedActivities, statementForStorage, statementIndex, VOIDED_VERB } from '../../domain';
import { jsonParam, lockKeys, type Sql } from '../storage/sql';
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

const chunks = <T>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const marks = (n: number) => Array(n).fill('?').join(', ');

/** A resent id with other content: the whole batch is refused (409) and nothing of it kept. */
class Conflict extends Error {}

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
 * Statements in the records database: idempotent by id, conflicting ids refused, voiding honored;
 * each write also brings the progress table up to date in the same transaction.
 */
export function statementStore(sql: Sql, progress: ProgressStore) {
  const byId = (q: Sql, id: string) => q.get<{ body: string; voided: number; actor_key: string }>('SELECT body, voided, actor_key FROM statements WHERE id = ?', [id]);
  const definitionOf = async (q: Sql, id: string) => {
    const row = await q.get<{ definition: string }>('SELECT definition FROM activities WHERE activity_id = ?', [id]);
    return row ? (JSON.parse(row.definition) as Json) : undefined;
  };

  /**
   * What a batch needs to know before it writes, in one query where the lists are short (each
   * query is a round trip to a database server): the statements already stored under its ids, and
   * the stored definitions of the activities it names.
   */
  const readKnown = async (q: Sql, ids: readonly string[], activityIds: readonly string[]) => {
    const prior = new Map<string, string>();
    const definitions = new Map<string, string>();
    const idParts = chunks(ids, 500);
    const activityParts = chunks(activityIds, 500);
    for (let i = 0; i < Math.max(idParts.length, activityParts.length); i++) {
      const someIds = idParts[i] ?? [];
      const someActivities = activityParts[i] ?? [];
      const reads = [
        ...(someIds.length ? [`SELECT 0 AS kind, id AS k, body AS v FROM statements WHERE id IN (${marks(someIds.length)})`] : []),
        ...(someActivities.length ? [`SELECT 1 AS kind, activity_id AS k, definition AS v FROM activities WHERE activity_id IN (${marks(someActivities.length)})`] : []),
      ];
      for (const r of await q.all<{ kind: number; k: string; v: string }>(reads.join(' UNION ALL '), [...someIds, ...someActivities])) (r.kind === 0 ? prior : definitions).set(r.k, r.v);
    }
    return { prior, definitions, asked: new Set(activityIds) };
  };

  /**
   * The LRS's canonical definition of each activity the new statements define: the latest one
   * received, its language maps merged with the earlier ones. `known` holds the stored ones already
   * read; one write for the batch.
   */
  const remember = async (q: Sql, defined: { id: string; definition: Json }[], known: { definitions: Map<string, string>; asked: Set<string> }) => {
    if (!defined.length) return;
    const ids = [...new Set(defined.map((d) => d.id))].sort();
    const stored = new Map(known.definitions);
    const read = async (some: readonly string[]) => {
      for (const id of some) stored.delete(id);
      for (const part of chunks(some, 500))
        for (const r of await q.all<{ activity_id: string; definition: string }>(`SELECT activity_id, definition FROM activities WHERE activity_id IN (${marks(part.length)})`, part))
          stored.set(r.activity_id, r.definition);
    };
    await read(ids.filter((id) => !known.asked.has(id)));
    const fold = () => {
      const merged = new Map<string, Json>();
      for (const { id, definition } of defined) {
        const text = stored.get(id);
        const old = merged.get(id) ?? (text === undefined ? {} : (JSON.parse(text) as Json));
        const next: Json = { ...old, ...definition };
        for (const k of ['name', 'description'])
          if (old[k] && typeof old[k] === 'object' && definition[k] && typeof definition[k] === 'object') next[k] = { ...(old[k] as Json), ...(definition[k] as Json) };
        merged.set(id, next);
      }
      // Most statements restate a definition the LRS already holds: only what changed is written.
      return ids.map((id) => [id, JSON.stringify(merged.get(id))] as const).filter(([id, text]) => text !== stored.get(id));
    };
    let changed = fold();
    if (changed.length && q.dialect === 'postgres') {
      // Another transaction may have written one of these since it was read (each in a language of
      // its own): under the activities' locks they are read again, and merged with what is there now.
      const again = changed.map(([id]) => id);
      await lockKeys(q, 'activity', again);
      await read(again);
      changed = fold();
    }
    // In one order everywhere, so two batches defining the same activities never wait on each other in a circle.
    for (const part of chunks(changed, 300))
      await q.run(
        `INSERT INTO activities (activity_id, definition) VALUES ${part.map(() => '(?, ?)').join(', ')} ON CONFLICT (activity_id) DO UPDATE SET definition = excluded.definition`,
        part.flat(),
      );
  };

  /** Index rows, many to an INSERT. */
  const insertRows = async (q: Sql, table: 'statement_agents' | 'statement_activities', column: string, rows: (string | number)[][]) => {
    for (const part of chunks(rows, 300)) await q.run(`INSERT INTO ${table} (seq, ${column}, broad) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`, part.flat());
  };

  /**
   * Saves statements (and their attachments' bytes) within the caller's transaction `q`, a batch at
   * a time: one read for the ids already stored, one INSERT for the new statements and a few for
   * their index rows, definitions and progress. Throws `Conflict` for a changed resend.
   */
  const saveWith = async (q: Sql, statements: Json[], stored: string, files: readonly Attachment[]): Promise<string[]> => {
    const ids = statements.map((s) => (typeof s.id === 'string' ? s.id.toLowerCase() : randomUUID()));
    // A stored body as read (text), or one earlier in this batch (kept as an object: it is written once, below).
    const known = await readKnown(q, [...new Set(ids)], [...new Set(statements.flatMap((s) => definedActivities(s).map((d) => d.id)))]);
    const prior = new Map<string, string | Json>(known.prior);
    const fresh: { id: string; body: Json; key: string; object: Json; voids?: string }[] = [];
    statements.forEach((s, i) => {
      const id = ids[i]!;
      const before = prior.get(id);
      if (before !== undefined) {
        if (canonical(withoutLrsParts(typeof before === 'string' ? (JSON.parse(before) as Json) : before)) !== canonical(withoutLrsParts(statementForStorage({ ...s, id }, { id, stored, authority: AUTHORITY }))))
          throw new Conflict(`statement ${id} already exists with other content`);
        return;
      }
      const body = statementForStorage(s, { id, stored, authority: AUTHORITY });
      const object = s.object as Json;
      prior.set(id, body);
      fresh.push({ id, body, key: actorKey(s.actor), object, voids: (s.verb as Json).id === VOIDED_VERB && object.objectType === 'StatementRef' ? String(object.id).toLowerCase() : undefined });
    });

    const seqOf = new Map<string, number>();
    const indexed = fresh.map((f) => ({ f, index: statementIndex(f.body) }));
    const columns = (f: (typeof fresh)[number]) => [
      f.id,
      stored,
      f.key,
      String((f.body.verb as Json).id),
      String(f.object.id ?? ''),
      ((f.body.context as Json | undefined)?.registration as string | undefined) ?? null,
      JSON.stringify(f.body),
      f.object.objectType === 'StatementRef' ? String(f.object.id).toLowerCase() : null,
    ];
    const insert = (n: number) => `INSERT INTO statements (id, stored, actor_key, verb_id, object_id, registration, body, ref_id) VALUES ${Array(n).fill('(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')} RETURNING id, seq`;
    if (q.dialect === 'postgres') {
      // Each query is a round trip to the database server: the statements and their index rows go
      // in one, the index rows joined to the sequence numbers the insert hands out.
      for (const part of chunks(indexed, 100)) {
        const agents = part.flatMap(({ f, index }) => index.agents.map((a) => ({ id: f.id, k: a.key, b: a.broad ? 1 : 0 })));
        const activities = part.flatMap(({ f, index }) => index.activities.map((a) => ({ id: f.id, k: a.id, b: a.broad ? 1 : 0 })));
        const rows = await q.all<{ id: string; seq: number }>(
          `WITH s AS (${insert(part.length)}),
           a AS (INSERT INTO statement_agents (seq, agent_key, broad) SELECT s.seq, v.k, v.b FROM json_to_recordset(?::json) AS v(id text, k text, b integer) JOIN s ON s.id = v.id),
           c AS (INSERT INTO statement_activities (seq, activity_id, broad) SELECT s.seq, v.k, v.b FROM json_to_recordset(?::json) AS v(id text, k text, b integer) JOIN s ON s.id = v.id)
           SELECT id, seq FROM s`,
          [...part.flatMap(({ f }) => columns(f)), jsonParam(agents), jsonParam(activities)],
        );
        for (const r of rows) seqOf.set(r.id, Number(r.seq));
      }
    } else {
      for (const part of chunks(indexed, 100)) for (const r of await q.all<{ id: string; seq: number }>(insert(part.length), part.flatMap(({ f }) => columns(f)))) seqOf.set(r.id, Number(r.seq));
      const agents: (string | number)[][] = [];
      const activities: (string | number)[][] = [];
      for (const { f, index } of indexed) {
        const seq = seqOf.get(f.id)!;
        for (const a of index.agents) agents.push([seq, a.key, a.broad ? 1 : 0]);
        for (const a of index.activities) activities.push([seq, a.id, a.broad ? 1 : 0]);
      }
      await insertRows(q, 'statement_agents', 'agent_key', agents);
      await insertRows(q, 'statement_activities', 'activity_id', activities);
    }
    await remember(q, fresh.flatMap((f) => definedActivities(f.body)), known);

    // Progress follows the statements in their order; a voiding statement rebuilds its target's row.
    let pending: [string, Json][] = [];
    for (const f of fresh) {
      if (!f.voids) {
        pending.push([f.key, f.body]);
        continue;
      }
      await progress.applyAll(q, pending);
      pending = [];
      const target = await byId(q, f.voids);
      const voided = await q.run("UPDATE statements SET voided = 1 WHERE id = ? AND verb_id != 'http://adlnet.gov/expapi/verbs/voided'", [f.voids]);
      if (voided && target) await progress.rebuild(q, target.actor_key, JSON.parse(target.body) as Json);
    }
    await progress.applyAll(q, pending);
    for (const f of files)
      await q.run('INSERT INTO attachments (sha2, content_type, body) VALUES (?, ?, ?) ON CONFLICT (sha2) DO NOTHING', [f.sha2, f.contentType, f.body]);
    return ids;
  };

  /** Saves statements in one transaction of their own (or of `q`): all or none. */
  const save = async (statements: Json[], files: readonly Attachment[] = [], q?: Sql): Promise<SaveResult> => {
    const stored = new Date().toISOString();
    try {
      // A conflict is found before anything is written, so inside the caller's transaction no savepoint is needed.
      return { ok: true, ids: await (q ? saveWith(q, statements, stored, files) : sql.tx((t) => saveWith(t, statements, stored, files))) };
    } catch (e) {
      if (e instanceof Conflict) return { ok: false, status: 409, reason: e.message };
      throw e;
    }
  };

  async function get(id: string, voided: boolean): Promise<Json | undefined> {
    const row = await byId(sql, id.toLowerCase());
    if (!row || Boolean(row.voided) !== voided) return undefined;
    return JSON.parse(row.body) as Json;
  }

  /**
   * Statements matching a query, newest first unless ascending. The agent, verb, activity and
   * registration filters also match every statement that refers to a matching one through a
   * StatementRef, however deep (Communication 2.1.3), and a voided statement is never returned
   * though the statements that refer to it are; since, until and paging apply to what is returned.
   */
  async function find(q: Query): Promise<{ statements: Json[]; last?: number }> {
    // Each list keeps its clauses' parameters in the order the clauses appear in the SQL.
    const match: string[] = [];
    const matchParams: (string | number)[] = [];
    const where = ['voided = 0'];
    const whereParams: (string | number)[] = [];
    const filter = (list: string[], params: (string | number)[], clause: string, value: string | number | undefined) => {
      if (value === undefined || value === '') return;
      list.push(clause);
      params.push(value);
    };
    filter(match, matchParams, `seq IN (SELECT seq FROM statement_agents WHERE agent_key = ?${q.relatedAgents ? '' : ' AND broad = 0'})`, q.agent);
    filter(match, matchParams, 'verb_id = ?', q.verb);
    filter(match, matchParams, `seq IN (SELECT seq FROM statement_activities WHERE activity_id = ?${q.relatedActivities ? '' : ' AND broad = 0'})`, q.activity);
    filter(match, matchParams, 'registration = ?', q.registration);
    filter(where, whereParams, 'stored > ?', q.since);
    filter(where, whereParams, 'stored <= ?', q.until);
    filter(where, whereParams, q.ascending ? 'seq > ?' : 'seq < ?', q.after);
    const matched = match.length
      ? `WITH RECURSIVE matched(seq, id) AS (SELECT seq, id FROM statements WHERE ${match.join(' AND ')} UNION SELECT s.seq, s.id FROM statements s JOIN matched m ON s.ref_id = m.id) `
      : '';
    if (match.length) where.push('seq IN (SELECT seq FROM matched)');
    const rows = await sql.all<{ seq: number; body: string }>(
      `${matched}SELECT seq, body FROM statements WHERE ${where.join(' AND ')} ORDER BY seq ${q.ascending ? 'ASC' : 'DESC'} LIMIT ?`,
      [...matchParams, ...whereParams, q.limit + 1],
    );
    const page = rows.slice(0, q.limit);
    return { statements: page.map((r) => JSON.parse(r.body) as Json), last: rows.length > q.limit ? page.at(-1)!.seq : undefined };
  }

  /** The actor key of a statement, voided or not, if it exists. */
  const ownerOf = async (id: string) => (await byId(sql, id.toLowerCase()))?.actor_key;

  return {
    save,
    get,
    find,
    ownerOf,
    /** The canonical definition of an activity, if any statement defined it. */
    definition: (id: string) => definitionOf(sql, id),
    attachment: (sha2: string) => sql.get<{ content_type: string; body: Buffer }>('SELECT content_type, body FROM attachments WHERE sha2 = ?', [sha2]),
  };
}

export type StatementStore = ReturnType<typeof statementStore>;
