import type { Context } from 'hono';
import { acceptedLanguages, actorKey, buildMultipart, isCourseVerdict, statementCanonical, statementIds, statementIndex, type Part } from '../../domain';
import type { Sql } from '../storage/sql';
import { fail, type AppEnv, type Caller, type Route } from '../route-table';
import { isTraineeKey, type TraineeIdentity } from '../trainees';
import type { StatementStore } from './statement-store';
import type { FoldedRows } from '../records/progress-store';
import { GROUP_SLOTS, saveGroups } from './save-groups';
import { statementsFromBody } from './statement-body';
import { queryProblem, statementQuery } from './statement-query';
import { stateRoutes } from './state-routes';
import { agentAndActivityRoutes, profileRoutes } from './profile-routes';

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface XapiOptions {
  sql: Sql;
  store: StatementStore;
  /** How deeply a merged State document may nest. */
  maxDepth: number;
  courseIri: string;
  /** Runs after a trainee's statements are stored, in the same transaction (the server's own verdicts follow from them). */
  afterTraineeWrite?: (q: Sql, trainee: TraineeIdentity, statements: Json[], folded: FoldedRows) => Promise<void>;
}

type Json = Record<string, unknown>;

/**
 * What a trainee token may not write: a statement about anyone else, or the voiding of a
 * statement that is not the trainee's own. An unknown target is refused the same way as
 * another trainee's, so the answer tells nothing about which ids exist.
 */
async function refusedFor(caller: Caller, statements: Json[], store: StatementStore, courseIri: string): Promise<string | undefined> {
  if (caller.kind !== 'trainee') return undefined;
  for (const s of statements) {
    if (!isTraineeKey(actorKey(s.actor), caller.trainee)) return 'a trainee token only records its own trainee';
    const object = s.object as Json;
    if ((s.verb as Json).id === VOIDED && object.objectType === 'StatementRef' && (await store.ownerOf(String(object.id))) !== caller.trainee.actorKey)
      return 'a trainee token only voids its own statements';
    if (isCourseVerdict(s, courseIri)) return VERDICTS_ARE_THE_SERVERS;
    if ((s.verb as Json).id === VOIDED && object.objectType === 'StatementRef' && isCourseVerdict(await store.get(String(object.id), false), courseIri))
      return 'a statement the records server wrote (a quiz verdict or a completion) cannot be voided with a trainee token';
  }
  return undefined;
}

/**
 * A trainee's statements, accepted, put under the spelling of their id on record (the browser
 * may have typed e1024 for E1024), so that HR sees one person.
 */
function underRecordedId(trainee: TraineeIdentity, statements: Json[]) {
  for (const s of statements) if (actorKey(s.actor) !== trainee.actorKey) ((s.actor as Json).account as Json).name = trainee.employeeId;
}

/** Why a trainee's browser may not say it passed or completed the course's own activities. */
const VERDICTS_ARE_THE_SERVERS =
  'passed, failed and completed statements about the course, its modules and quizzes are written by the records server: ' +
  'quiz answers go to POST /api/attempts/:id and a read module is reported with a progressed statement (progress 100)';

/** The xAPI 1.0.3 Statement, State, Agents, Activities, profile and About resources. */
export function xapiRoutes({ sql, store, maxDepth, courseIri, afterTraineeWrite }: XapiOptions): Route[] {
  /** The canonical definitions of every activity the statements name, read before they are shaped. */
  const definitionsFor = async (list: Json[]) => {
    const ids = new Set(list.flatMap((s) => statementIndex(s).activities.map((a) => a.id)));
    const found = new Map<string, Json>();
    for (const id of ids) {
      const d = await store.definition(id);
      if (d) found.set(id, d);
    }
    return (id: string) => found.get(id);
  };

  /** A statement or a StatementResult in the asked format, as JSON or, with attachments=true, multipart/mixed. */
  const respond = async (c: Context<AppEnv>, list: Json[], more: string | undefined, q: { format?: string; attachments?: string }) => {
    const wanted = acceptedLanguages(c.req.header('Accept-Language'));
    const definition = q.format === 'canonical' ? await definitionsFor(list) : undefined;
    const shaped = list.map((s) => (q.format === 'ids' ? statementIds(s) : definition ? statementCanonical(s, wanted, definition) : s));
    const payload = more === undefined ? shaped[0] : { statements: shaped, more };
    if (q.attachments !== 'true') return c.json(payload);
    const boundary = `sta-${crypto.randomUUID()}`;
    const hashes = [...new Set(list.flatMap((s) => ((s.attachments as Json[] | undefined) ?? []).map((a) => String(a.sha2).toLowerCase())))];
    const parts: Part[] = [{ headers: { 'Content-Type': 'application/json' }, body: new TextEncoder().encode(JSON.stringify(payload)) }];
    for (const h of hashes) {
      const found = await store.attachment(h);
      if (found) parts.push({ headers: { 'Content-Type': found.content_type, 'Content-Transfer-Encoding': 'binary', 'X-Experience-API-Hash': h }, body: new Uint8Array(found.body) });
    }
    return c.body(buildMultipart(boundary, parts) as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': `multipart/mixed; boundary=${boundary}` });
  };

  const refuse = async (c: Context<AppEnv>, list: Json[]) => {
    const caller = c.get('caller');
    const refused = await refusedFor(caller, list, store, courseIri);
    if (refused) return fail(c, 403, 'forbidden', refused);
    if (caller.kind === 'trainee') underRecordedId(caller.trainee, list);
    return undefined;
  };
  const groups = saveGroups(sql, store, { concurrency: GROUP_SLOTS });
  /** Stores what a caller sent; a trainee's statements and what the server decides from them in one transaction. */
  const save = (c: Context<AppEnv>, statements: Json[], files: Parameters<StatementStore['save']>[1]) => {
    const caller = c.get('caller');
    const after = caller.kind === 'trainee' && afterTraineeWrite ? (q: Sql, folded: FoldedRows) => afterTraineeWrite(q, caller.trainee, statements, folded) : undefined;
    return groups.save({ statements, files: files ?? [], after });
  };

  return [
    { method: 'GET', path: '/xapi/about', role: 'public', body: 'none', handler: (c) => c.json({ version: ['1.0.3', '1.0.2', '1.0.1', '1.0.0'], extensions: {} }) },
    {
      method: 'POST',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'document',
      maxBytes: 8 * 1024 * 1024,
      handler: async (c) => {
        const sent = await statementsFromBody(c, maxDepth);
        if (typeof sent === 'string') return fail(c, 400, 'bad_statement', sent);
        const refused = await refuse(c, sent.statements);
        if (refused) return refused;
        const result = await save(c, sent.statements, sent.files);
        return result.ok ? c.json(result.ids, 200) : fail(c, 409, 'conflict', result.reason);
      },
    },
    {
      method: 'PUT',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'document',
      maxBytes: 8 * 1024 * 1024,
      handler: async (c) => {
        const id = c.req.query('statementId');
        if (!id) return fail(c, 400, 'bad_request', 'statementId is required');
        const unknown = Object.keys(c.req.query()).find((k) => k !== 'statementId');
        if (unknown) return fail(c, 400, 'bad_request', `unknown parameter ${unknown}`);
        if (!UUID.test(id)) return fail(c, 400, 'bad_request', 'statementId must be a UUID');
        const sent = await statementsFromBody(c, maxDepth);
        if (typeof sent === 'string') return fail(c, 400, 'bad_statement', sent);
        if (sent.statements.length !== 1) return fail(c, 400, 'bad_statement', 'PUT takes one statement');
        const s = sent.statements[0]!;
        if (s.id !== undefined && String(s.id).toLowerCase() !== id.toLowerCase()) return fail(c, 400, 'bad_statement', 'the statement id differs from statementId');
        const list = [{ ...s, id }];
        const refused = await refuse(c, list);
        if (refused) return refused;
        const result = await save(c, list, sent.files);
        return result.ok ? c.body(null, 204) : fail(c, 409, 'conflict', result.reason);
      },
    },
    {
      method: 'GET',
      path: '/xapi/statements',
      role: 'lrs',
      body: 'none',
      handler: async (c) => {
        const parsed = statementQuery.safeParse(c.req.query());
        if (!parsed.success) return fail(c, 400, 'bad_request', queryProblem(parsed.error));
        const q = parsed.data;
        const caller = c.var.caller;
        // Statements carry names and results: no cache may keep them.
        c.header('Cache-Control', 'no-store');
        const single = q.statementId ?? q.voidedStatementId;
        if (single) {
          const other = Object.keys(c.req.query()).find((k) => !['statementId', 'voidedStatementId', 'format', 'attachments'].includes(k));
          if (other) return fail(c, 400, 'bad_request', `statementId and voidedStatementId take no other parameter than format and attachments (${other})`);
          const found = await store.get(single, Boolean(q.voidedStatementId));
          // Another trainee's statement answers exactly as an unknown one does.
          if (!found || (caller.kind === 'trainee' && actorKey(found.actor) !== caller.trainee.actorKey)) return fail(c, 404, 'not_found', 'no such statement');
          return respond(c, [found], undefined, q);
        }
        let agent = q.agent;
        if (caller.kind === 'trainee') {
          if (agent && !isTraineeKey(agent, caller.trainee)) return fail(c, 403, 'forbidden', 'a trainee token only reads its own trainee');
          agent = caller.trainee.actorKey;
        }
        const { statements, last } = await store.find({
          agent,
          verb: q.verb,
          activity: q.activity,
          relatedAgents: q.related_agents === 'true',
          relatedActivities: q.related_activities === 'true',
          registration: q.registration,
          since: q.since,
          until: q.until,
          limit: q.limit ?? 500,
          ascending: q.ascending === 'true',
          after: q.after ? Number(q.after) : undefined,
        });
        let more = '';
        if (last !== undefined) more = `/xapi/statements?${new URLSearchParams({ ...c.req.query(), after: String(last) })}`;
        return respond(c, statements, more, q);
      },
    },
    ...stateRoutes(sql, maxDepth),
    ...profileRoutes(sql, maxDepth),
    ...agentAndActivityRoutes(store.definition),
  ];
}
