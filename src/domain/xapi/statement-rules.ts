import { isIsoDuration } from './duration';
import { isIri, isIrl, isLanguageTag, isMailto, isSha1, isTimestamp, isUuid } from './formats';
import { Checker, isPlainObject, type Json } from './statement-checker';

/**
 * Every rule of xAPI 1.0.3's Data part for a statement an LRS receives (Data 2.2–2.6 and 4.0):
 * exact property names and types, no `null` outside extensions, one identifier per Agent,
 * anonymous and identified Groups, Activities with interaction definitions, SubStatements,
 * StatementRefs, language maps, results, contexts, attachments and the voiding rule.
 * Problems name the property's path so a client can find what it sent wrong.
 */
const INTERACTION_TYPES = new Set(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']);
const INTERACTION_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;
const CONTEXT_ACTIVITY_KEYS = new Set(['parent', 'grouping', 'category', 'other']);
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

function account(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, ACCOUNT)) return;
  c.format(value.homePage, `${path}.homePage`, isIrl, 'an IRL', true);
  c.string(value.name, `${path}.name`, true);
}

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** The properties each object may have (Data 2.4 and 4.0), as sets made once. */
const props = (...names: string[]): ReadonlySet<string> => new Set(names);
const ACCOUNT = props('homePage', 'name');
const AGENT = props('objectType', 'name', ...IFIS);
const GROUP = props('objectType', 'name', 'member', ...IFIS);
const VERB = props('id', 'display');
const INTERACTION_COMPONENT = props('id', 'description');
const DEFINITION = props('name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', ...INTERACTION_LISTS);
const ACTIVITY = props('objectType', 'id', 'definition');
const STATEMENT_REF = props('objectType', 'id');
const RESULT = props('score', 'success', 'completion', 'response', 'duration', 'extensions');
const SCORE = props('scaled', 'raw', 'min', 'max');
const CONTEXT = props('registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions');
const ATTACHMENT = props('usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl');
const SUB_STATEMENT = props('objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments');
const STATEMENT = props('id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments');

function identifiers(c: Checker, a: Json, path: string): number {
  c.format(a.mbox, `${path}.mbox`, isMailto, 'a mailto IRI');
  c.format(a.mbox_sha1sum, `${path}.mbox_sha1sum`, isSha1, 'a SHA-1 hex digest');
  c.format(a.openid, `${path}.openid`, isIri, 'a URI');
  if (a.account !== undefined) account(c, a.account, `${path}.account`);
  return IFIS.filter((k) => a[k] !== undefined).length;
}

function agent(c: Checker, value: unknown, path: string, objectTypeRequired = false) {
  if (!c.object(value, path, AGENT)) return;
  if (objectTypeRequired ? value.objectType !== 'Agent' : value.objectType !== undefined && value.objectType !== 'Agent') c.add(`${path}.objectType`, 'must be "Agent"');
  c.string(value.name, `${path}.name`);
  const count = identifiers(c, value, path);
  if (count !== 1) c.add(path, 'an Agent has exactly one of mbox, mbox_sha1sum, openid or account');
}

function group(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, GROUP)) return;
  if (value.objectType !== 'Group') c.add(`${path}.objectType`, 'must be "Group"');
  c.string(value.name, `${path}.name`);
  const count = identifiers(c, value, path);
  if (count > 1) c.add(path, 'a Group has at most one of mbox, mbox_sha1sum, openid or account');
  if (value.member !== undefined) {
    if (!Array.isArray(value.member)) c.add(`${path}.member`, 'must be an array of Agents');
    else value.member.forEach((m, i) => agent(c, m, `${path}.member[${i}]`));
  }
  if (count === 0 && (!Array.isArray(value.member) || value.member.length === 0)) c.add(`${path}.member`, 'an anonymous Group lists its members');
}

/** An Agent, or a Group when its objectType says so. */
function actor(c: Checker, value: unknown, path: string) {
  if (isPlainObject(value) && value.objectType === 'Group') group(c, value, path);
  else agent(c, value, path);
}

function verb(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, VERB)) return;
  c.format(value.id, `${path}.id`, isIri, 'an IRI', true);
  c.languageMap(value.display, `${path}.display`);
}

function interactionComponents(c: Checker, value: unknown, path: string) {
  if (!Array.isArray(value)) return c.add(path, 'must be an array of interaction components');
  const seen = new Set<string>();
  value.forEach((item, i) => {
    if (!c.object(item, `${path}[${i}]`, INTERACTION_COMPONENT)) return;
    c.string(item.id, `${path}[${i}].id`, true);
    if (typeof item.id === 'string') {
      if (seen.has(item.id)) c.add(`${path}[${i}].id`, 'ids are unique within a list');
      seen.add(item.id);
    }
    c.languageMap(item.description, `${path}[${i}].description`);
  });
}

function definition(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, DEFINITION)) return;
  c.languageMap(value.name, `${path}.name`);
  c.languageMap(value.description, `${path}.description`);
  c.format(value.type, `${path}.type`, isIri, 'an IRI');
  c.format(value.moreInfo, `${path}.moreInfo`, isIrl, 'an IRL');
  c.extensions(value.extensions, `${path}.extensions`);
  if (value.interactionType !== undefined && (typeof value.interactionType !== 'string' || !INTERACTION_TYPES.has(value.interactionType)))
    c.add(`${path}.interactionType`, `must be one of ${[...INTERACTION_TYPES].join(', ')}`);
  if (value.correctResponsesPattern !== undefined) {
    if (!Array.isArray(value.correctResponsesPattern) || value.correctResponsesPattern.some((p) => typeof p !== 'string'))
      c.add(`${path}.correctResponsesPattern`, 'must be an array of strings');
  }
  for (const list of INTERACTION_LISTS) if (value[list] !== undefined) interactionComponents(c, value[list], `${path}.${list}`);
  const interactive = value.interactionType !== undefined;
  if (!interactive && (value.correctResponsesPattern !== undefined || INTERACTION_LISTS.some((l) => value[l] !== undefined)))
    c.add(path, 'interaction properties need an interactionType');
}

function activity(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, ACTIVITY)) return;
  if (value.objectType !== undefined && value.objectType !== 'Activity') c.add(`${path}.objectType`, 'must be "Activity"');
  c.format(value.id, `${path}.id`, isIri, 'an IRI', true);
  if (value.definition !== undefined) definition(c, value.definition, `${path}.definition`);
}

function statementRef(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, STATEMENT_REF)) return;
  if (value.objectType !== 'StatementRef') c.add(`${path}.objectType`, 'must be "StatementRef"');
  c.format(value.id, `${path}.id`, isUuid, 'a UUID', true);
}

function object(c: Checker, value: unknown, path: string, inSubStatement: boolean) {
  if (!isPlainObject(value)) return c.add(path, 'must be an object');
  const type = value.objectType;
  if (type === undefined || type === 'Activity') activity(c, value, path);
  else if (type === 'Agent') agent(c, value, path, true);
  else if (type === 'Group') group(c, value, path);
  else if (type === 'StatementRef') statementRef(c, value, path);
  else if (type === 'SubStatement') {
    if (inSubStatement) c.add(path, 'a SubStatement cannot contain another SubStatement');
    else subStatement(c, value, path);
  } else c.add(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement');
}

function result(c: Checker, value: unknown, path: string) {
  if (!c.object(value, path, RESULT)) return;
  if (value.score !== undefined && c.object(value.score, `${path}.score`, SCORE)) {
    const s = value.score;
    for (const k of ['scaled', 'raw', 'min', 'max']) c.number(s[k], `${path}.score.${k}`);
    const num = (k: string) => (typeof s[k] === 'number' ? (s[k] as number) : undefined);
    const [scaled, raw, min, max] = [num('scaled'), num('raw'), num('min'), num('max')];
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) c.add(`${path}.score.scaled`, 'must lie between -1 and 1');
    if (min !== undefined && max !== undefined && min >= max) c.add(`${path}.score`, 'min must be less than max');
    if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) c.add(`${path}.score.raw`, 'must lie between min and max');
  }
  c.boolean(value.success, `${path}.success`);
  c.boolean(value.completion, `${path}.completion`);
  c.string(value.response, `${path}.response`);
  c.format(value.duration, `${path}.duration`, (v) => typeof v === 'string' && isIsoDuration(v) && (!v.includes('W') || /^P\d+(\.\d+)?W$/.test(v)), 'an ISO 8601 duration (weeks stand alone)');
  c.extensions(value.extensions, `${path}.extensions`);
}

function context(c: Checker, value: unknown, path: string, objectIsActivity: boolean) {
  if (!c.object(value, path, CONTEXT)) return;
  c.format(value.registration, `${path}.registration`, isUuid, 'a UUID');
  if (value.instructor !== undefined) actor(c, value.instructor, `${path}.instructor`);
  if (value.team !== undefined) group(c, value.team, `${path}.team`);
  if (value.contextActivities !== undefined && c.object(value.contextActivities, `${path}.contextActivities`, CONTEXT_ACTIVITY_KEYS)) {
    for (const [key, list] of Object.entries(value.contextActivities)) {
      if (list === null || !CONTEXT_ACTIVITY_KEYS.has(key)) continue;
      const where = `${path}.contextActivities.${key}`;
      if (Array.isArray(list)) list.forEach((a, i) => activity(c, a, `${where}[${i}]`));
      else activity(c, list, where);
    }
  }
  c.string(value.revision, `${path}.revision`);
  c.string(value.platform, `${path}.platform`);
  if (!objectIsActivity && (value.revision !== undefined || value.platform !== undefined)) c.add(path, 'revision and platform are used only when the object is an Activity');
  c.format(value.language, `${path}.language`, isLanguageTag, 'an RFC 5646 language tag');
  if (value.statement !== undefined) statementRef(c, value.statement, `${path}.statement`);
  c.extensions(value.extensions, `${path}.extensions`);
}

function attachments(c: Checker, value: unknown, path: string) {
  if (!Array.isArray(value)) return c.add(path, 'must be an array');
  value.forEach((a, i) => {
    const at = `${path}[${i}]`;
    if (!c.object(a, at, ATTACHMENT)) return;
    c.format(a.usageType, `${at}.usageType`, isIri, 'an IRI', true);
    c.languageMap(a.display, `${at}.display`, true);
    c.languageMap(a.description, `${at}.description`);
    c.format(a.contentType, `${at}.contentType`, (v) => typeof v === 'string' && /^[\w.+-]+\/[\w.+-]+/.test(v), 'an Internet Media Type', true);
    c.format(a.length, `${at}.length`, (v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number', true);
    c.format(a.sha2, `${at}.sha2`, (v) => typeof v === 'string' && /^[0-9a-f]{56,128}$/i.test(v), 'a SHA-2 hex digest', true);
    c.format(a.fileUrl, `${at}.fileUrl`, isIrl, 'an IRL');
  });
}

const isActivityObject = (o: unknown) => isPlainObject(o) && (o.objectType === undefined || o.objectType === 'Activity');

/** The parts a Statement and a SubStatement share. */
function body(c: Checker, s: Json, path: string, inSubStatement: boolean) {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (s.actor === undefined) c.add(at('actor'), 'is required');
  else actor(c, s.actor, at('actor'));
  if (s.verb === undefined) c.add(at('verb'), 'is required');
  else verb(c, s.verb, at('verb'));
  if (s.object === undefined) c.add(at('object'), 'is required');
  else object(c, s.object, at('object'), inSubStatement);
  if (s.result !== undefined) result(c, s.result, at('result'));
  if (s.context !== undefined) context(c, s.context, at('context'), isActivityObject(s.object));
  c.format(s.timestamp, at('timestamp'), isTimestamp, 'an ISO 8601 date and time');
  if (s.attachments !== undefined) attachments(c, s.attachments, at('attachments'));
  const verbId = isPlainObject(s.verb) ? s.verb.id : undefined;
  if (verbId === VOIDED_VERB && !(isPlainObject(s.object) && s.object.objectType === 'StatementRef')) c.add(at('object'), 'a voiding statement\'s object is a StatementRef');
}

function subStatement(c: Checker, value: Json, path: string) {
  if (!c.object(value, path, SUB_STATEMENT)) return;
  body(c, value, path, true);
}

/**
 * The problems of one statement as an LRS receives it; none means it is valid. `stored` and
 * `authority` may be present (the LRS replaces `stored`, and checks an authority it is given).
 */
export function statementProblems(statement: unknown): string[] {
  const c = new Checker();
  if (!c.object(statement, 'statement', STATEMENT)) return c.problems;
  const s = statement;
  c.format(s.id, 'id', isUuid, 'a UUID');
  body(c, s, '', false);
  c.format(s.stored, 'stored', isTimestamp, 'an ISO 8601 date and time');
  if (s.authority !== undefined) {
    actor(c, s.authority, 'authority');
    const a = s.authority as Json;
    // An OAuth authority is an anonymous Group of exactly the application and the user.
    if (isPlainObject(a) && a.objectType === 'Group') {
      if (IFIS.some((k) => a[k] !== undefined)) c.add('authority', 'an authority Group is anonymous');
      if (!Array.isArray(a.member) || a.member.length !== 2) c.add('authority.member', 'an authority Group has exactly two Agents');
    }
  }
  c.format(s.version, 'version', (v) => typeof v === 'string' && /^1\.0(\.\d+)?$/.test(v), 'a 1.0.x version');
  return c.problems.map((p) => p.replace(/^statement\./, ''));
}

/** The problems of an Agent or Group given on its own (the `agent` parameter of the resources). */
export function agentProblems(value: unknown): string[] {
  const c = new Checker();
  actor(c, value, 'agent');
  return c.problems;
}
