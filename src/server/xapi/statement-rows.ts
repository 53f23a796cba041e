import { statementIndex } from '../../domain';
import { chunks, inList, jsonParam, valueRows, type Param, type Sql } from '../storage/sql';

type Json = Record<string, unknown>;

/** A statement about to be stored: its id, its body as stored, its actor's key and its object. */
export interface NewStatement {
  id: string;
  body: Json;
  key: string;
  object: Json;
}

/**
 * What a batch needs to know before it writes, in one query where the lists are short (each
 * query is a round trip to a database server): the statements already stored under its ids, and
 * the stored definitions of the activities it names; with `lock` (a `lockSelect`), it also takes
 * those locks.
 */
export async function readKnown(q: Sql, ids: readonly string[], activityIds: readonly string[], lock?: { text: string; params: Param[] }) {
  const prior = new Map<string, string>();
  const definitions = new Map<string, string>();
  const idParts = chunks(ids, 500);
  const activityParts = chunks(activityIds, 500);
  // The keys of a lockSelect count as held once it is made: it runs whatever else there is to read.
  for (let i = 0; i < Math.max(idParts.length, activityParts.length, lock ? 1 : 0); i++) {
    const someIds = inList(idParts[i] ?? []);
    const someActivities = inList(activityParts[i] ?? []);
    const locks = i === 0 ? lock : undefined;
    const reads = [
      ...(someIds.params.length ? [`SELECT 0 AS kind, id AS k, body AS v FROM statements WHERE id IN (${someIds.text})`] : []),
      ...(someActivities.params.length ? [`SELECT 1 AS kind, activity_id AS k, definition AS v FROM activities WHERE activity_id IN (${someActivities.text})`] : []),
      ...(locks ? [`SELECT kind, NULL AS k, CAST(n AS TEXT) AS v FROM (${locks.text}) AS locks`] : []),
    ];
    for (const r of await q.all<{ kind: number; k: string; v: string }>(reads.join(' UNION ALL '), [...someIds.params, ...someActivities.params, ...(locks?.params ?? [])])) {
      if (r.kind === 0) prior.set(r.k, r.v);
      else if (r.kind === 1) definitions.set(r.k, r.v);
    }
  }
  return { prior, definitions, asked: new Set(activityIds) };
}

/** Index rows, many to an INSERT. */
async function insertRows(q: Sql, table: 'statement_agents' | 'statement_activities', column: string, rows: (string | number)[][]) {
  for (const part of chunks(rows, 300)) await q.run(`INSERT INTO ${table} (seq, ${column}, broad) VALUES ${valueRows(part.length, 3)}`, part.flat());
}

/**
 * Inserts new statements (stored at `stored`) with their agent and activity index rows, which the
 * agent, activity and related_* filters read.
 */
export async function insertStatements(q: Sql, fresh: readonly NewStatement[], stored: string): Promise<void> {
  const seqOf = new Map<string, number>();
  const indexed = fresh.map((f) => ({ f, index: statementIndex(f.body) }));
  const columns = (f: NewStatement) => [
    f.id,
    stored,
    f.key,
    String((f.body.verb as Json).id),
    String(f.object.id ?? ''),
    ((f.body.context as Json | undefined)?.registration as string | undefined) ?? null,
    JSON.stringify(f.body),
    f.object.objectType === 'StatementRef' ? String(f.object.id).toLowerCase() : null,
  ];
  const insert = (n: number) => `INSERT INTO statements (id, stored, actor_key, verb_id, object_id, registration, body, ref_id) VALUES ${valueRows(n, 8)} RETURNING id, seq`;
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
}
