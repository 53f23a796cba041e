import { randomUUID } from 'node:crypto';
import { actorKey, definedActivities, statementForStorage, VOIDED_VERB } from '../../domain';
import type { Sql } from '../storage/sql';
import { rememberDefinitions } from './activity-definitions';
import { insertStatements, readKnown } from './statement-rows';
import type { FoldedRows, ProgressStore } from '../records/progress-store';
import type { LearnerSummaries } from '../records/learner-summaries';

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

/** A resent id with other content: the whole batch is refused (409) and nothing of it kept. */
class Conflict extends Error {}

/** Statements sent together (one POST or PUT), with their attachments' bytes. */
export interface Batch {
  statements: Json[];
  files: readonly Attachment[];
}

/** A save's ids, in the order sent, and the progress rows it folded (see `FoldedRows`). */
export type SaveResult = { ok: true; ids: string[]; folded: FoldedRows } | { ok: false; status: 409; reason: string };

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
 * each write also brings the progress table up to date, and marks the review summaries it changes
 * stale, in the same transaction.
 */
export function statementStore(sql: Sql, progress: ProgressStore, summaries: LearnerSummaries) {
  const byId = (q: Sql, id: string) => q.get<{ body: string; voided: number; actor_key: string }>('SELECT body, voided, actor_key FROM statements WHERE id = ?', [id]);
  const definitionOf = async (q: Sql, id: string) => {
    const row = await q.get<{ definition: string }>('SELECT definition FROM activities WHERE activity_id = ?', [id]);
    return row ? (JSON.parse(row.definition) as Json) : undefined;
  };

  /**
   * Saves batches of statements (each with its attachments' bytes) within the caller's transaction
   * `q`, all together: one read for the ids and definitions already stored, one INSERT for the new
   * statements and their index rows (a few on SQLite), then definitions and progress. A batch that
   * resends an id with other content is left out whole (its `Conflict` is its outcome); the others
   * are stored as if sent one after the other, in the order given.
   */
  const saveWith = async (q: Sql, batches: readonly Batch[], stored: string, folded: FoldedRows): Promise<(string[] | Conflict)[]> => {
    const idsOf = batches.map((b) => b.statements.map((s) => (typeof s.id === 'string' ? s.id.toLowerCase() : randomUUID())));
    const all = batches.flatMap((b) => b.statements);
    // A stored body as read (text), or one earlier in these batches (kept as an object: it is written once, below).
    // The trainees' progress locks come with this first read: their rows are read and written back below.
    const known = await readKnown(q, [...new Set(idsOf.flat())], [...new Set(all.flatMap((s) => definedActivities(s).map((d) => d.id)))], progress.lockSelect(q, all.map((s) => actorKey(s.actor))));
    const prior = new Map<string, string | Json>(known.prior);
    const fresh: { id: string; body: Json; key: string; object: Json; voids?: string }[] = [];
    const files: Attachment[] = [];
    const outcomes = batches.map((batch, n): string[] | Conflict => {
      // What this batch adds counts for the batches after it only once the whole batch is accepted.
      const mine = new Map<string, (typeof fresh)[number]>();
      for (const [i, s] of batch.statements.entries()) {
        const id = idsOf[n]![i]!;
        const before = mine.get(id)?.body ?? prior.get(id);
        if (before !== undefined) {
          if (canonical(withoutLrsParts(typeof before === 'string' ? (JSON.parse(before) as Json) : before)) !== canonical(withoutLrsParts(statementForStorage({ ...s, id }, { id, stored, authority: AUTHORITY }))))
            return new Conflict(`statement ${id} already exists with other content`);
          continue;
        }
        const body = statementForStorage(s, { id, stored, authority: AUTHORITY });
        const object = s.object as Json;
        mine.set(id, { id, body, key: actorKey(s.actor), object, voids: (s.verb as Json).id === VOIDED_VERB && object.objectType === 'StatementRef' ? String(object.id).toLowerCase() : undefined });
      }
      for (const f of mine.values()) {
        prior.set(f.id, f.body);
        fresh.push(f);
      }
      files.push(...batch.files);
      return idsOf[n]!;
    });

    await insertStatements(q, fresh, stored);

    // Progress follows the statements in their order; a voiding statement rebuilds its target's row.
    let pending: [string, Json][] = [];
    for (const f of fresh) {
      if (!f.voids) {
        pending.push([f.key, f.body]);
        continue;
      }
      await progress.applyAll(q, pending, folded);
      pending = [];
      const target = await byId(q, f.voids);
      const voided = await q.run("UPDATE statements SET voided = 1 WHERE id = ? AND verb_id != 'http://adlnet.gov/expapi/verbs/voided'", [f.voids]);
      if (!voided || !target) continue;
      const body = JSON.parse(target.body) as Json;
      await progress.rebuild(q, target.actor_key, body, folded);
      if (summaries.feeds(body)) await summaries.touch(q, [target.actor_key]);
    }
    await progress.applyAll(q, pending, folded);
    // A trainee's quiz and review answers, goals and role-plays make their summaries out of date.
    await summaries.touch(q, fresh.flatMap((f) => (summaries.feeds(f.body) ? [f.key] : [])));
    for (const f of files)
      await q.run('INSERT INTO attachments (sha2, content_type, body) VALUES (?, ?, ?) ON CONFLICT (sha2) DO NOTHING', [f.sha2, f.contentType, f.body]);
    // Last, just before the commit: on PostgreSQL a changed definition is written under its
    // activity's lock, which other batches defining that activity wait for until this one commits.
    await rememberDefinitions(q, fresh.flatMap((f) => definedActivities(f.body)), known);
    return outcomes;
  };

  /**
   * Saves batches in one transaction of their own (or of `q`): each batch all or none, a batch
   * with a conflicting resend refused (409) without the others' being touched.
   */
  const saveMany = async (batches: readonly Batch[], q?: Sql): Promise<SaveResult[]> => {
    const stored = new Date().toISOString();
    // A conflict is found before anything is written, so inside the caller's transaction no savepoint is needed.
    const folded: FoldedRows = new Map();
    // A transaction PostgreSQL aborts is run again from the start: what its first try folded is gone.
    const attempt = (t: Sql) => {
      folded.clear();
      return saveWith(t, batches, stored, folded);
    };
    const outcomes = await (q ? attempt(q) : sql.tx(attempt));
    return outcomes.map((o) => (o instanceof Conflict ? { ok: false, status: 409, reason: o.message } : { ok: true, ids: o, folded }));
  };

  /** Saves statements in one transaction of their own (or of `q`): all or none. */
  const save = async (statements: Json[], files: readonly Attachment[] = [], q?: Sql): Promise<SaveResult> => (await saveMany([{ statements, files }], q))[0]!;

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
    saveMany,
    get,
    find,
    ownerOf,
    /** The canonical definition of an activity, if any statement defined it. */
    definition: (id: string) => definitionOf(sql, id),
    attachment: (sha2: string) => sql.get<{ content_type: string; body: Buffer }>('SELECT content_type, body FROM attachments WHERE sha2 = ?', [sha2]),
  };
}

export type StatementStore = ReturnType<typeof statementStore>;
