/**
 * How an LRS keeps and returns statements (xAPI 1.0.3 Data 2.4, Communication 2.1.3): what it
 * adds on storage, and the `exact`, `ids` and `canonical` formats of a GET.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** Context activities are stored as arrays, even when one was sent on its own (XAPI-00096). */
function normalizeContext(context: unknown): unknown {
  if (!isObject(context) || !isObject(context.contextActivities)) return context;
  const activities = Object.fromEntries(Object.entries(context.contextActivities).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
  return { ...context, contextActivities: activities };
}

export interface StorageStamp {
  id: string;
  stored: string;
  authority: Json;
}

/**
 * The statement as the LRS keeps it: its id, `stored` and `authority` set by the LRS, the
 * version defaulted to 1.0.0, a missing timestamp set to `stored`, context activities as arrays
 * (also inside a SubStatement).
 */
export function statementForStorage(statement: Json, stamp: StorageStamp): Json {
  const object = isObject(statement.object) && statement.object.objectType === 'SubStatement' ? { ...statement.object, context: normalizeContext(statement.object.context) } : statement.object;
  const out: Json = {
    ...statement,
    id: stamp.id,
    object,
    stored: stamp.stored,
    timestamp: statement.timestamp ?? stamp.stored,
    authority: stamp.authority,
    version: statement.version ?? '1.0.0',
  };
  if (statement.context !== undefined) out.context = normalizeContext(statement.context);
  if (isObject(out.object) && out.object.context === undefined) delete (out.object as Json).context;
  return out;
}

/** Only the identifying properties of an Agent or Group (and ids of an anonymous group's members). */
function actorIds(actor: unknown): unknown {
  if (!isObject(actor)) return actor;
  const out: Json = { objectType: actor.objectType ?? 'Agent' };
  for (const k of IFIS) if (actor[k] !== undefined) out[k] = actor[k];
  if (actor.objectType === 'Group' && !IFIS.some((k) => actor[k] !== undefined) && Array.isArray(actor.member)) out.member = actor.member.map(actorIds);
  return out;
}

const activityIds = (a: unknown) => (isObject(a) ? { id: a.id } : a);

function objectIds(object: unknown): unknown {
  if (!isObject(object)) return object;
  if (object.objectType === 'Agent' || object.objectType === 'Group') return actorIds(object);
  if (object.objectType === 'StatementRef') return object;
  if (object.objectType === 'SubStatement') return partsIds(object);
  return activityIds(object);
}

function contextIds(context: unknown): unknown {
  if (!isObject(context)) return context;
  const out: Json = { ...context };
  if (context.instructor !== undefined) out.instructor = actorIds(context.instructor);
  if (context.team !== undefined) out.team = actorIds(context.team);
  if (isObject(context.contextActivities))
    out.contextActivities = Object.fromEntries(Object.entries(context.contextActivities).map(([k, list]) => [k, Array.isArray(list) ? list.map(activityIds) : activityIds(list)]));
  return out;
}

function partsIds(s: Json): Json {
  const out: Json = { ...s, actor: actorIds(s.actor), verb: isObject(s.verb) ? { id: s.verb.id } : s.verb, object: objectIds(s.object) };
  if (s.context !== undefined) out.context = contextIds(s.context);
  if (s.authority !== undefined) out.authority = actorIds(s.authority);
  return out;
}

/** `format=ids`: identifiers only for Agents, Groups, Activities and Verbs. */
export function statementIds(statement: Json): Json {
  return partsIds(statement);
}

/** The languages of an Accept-Language header, most wanted first. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag!.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/** One entry of a language map: the first wanted language present (exactly, then by its primary tag), else the first. */
export function pickLanguage(map: Json, wanted: readonly string[]): Json {
  const keys = Object.keys(map);
  if (keys.length <= 1) return map;
  const lower = keys.map((k) => k.toLowerCase());
  for (const w of wanted) {
    if (w === '*') break;
    const exact = lower.indexOf(w.toLowerCase());
    if (exact >= 0) return { [keys[exact]!]: map[keys[exact]!] };
    const primary = w.toLowerCase().split('-')[0]!;
    const near = lower.findIndex((k) => k === primary || k.startsWith(`${primary}-`));
    if (near >= 0) return { [keys[near]!]: map[keys[near]!] };
  }
  return { [keys[0]!]: map[keys[0]!] };
}

function canonicalActivity(a: unknown, wanted: readonly string[], definitionOf: (id: string) => Json | undefined): unknown {
  if (!isObject(a) || typeof a.id !== 'string') return a;
  const definition = definitionOf(a.id) ?? (isObject(a.definition) ? a.definition : undefined);
  if (!definition) return a;
  const d: Json = { ...definition };
  for (const k of ['name', 'description']) if (isObject(d[k])) d[k] = pickLanguage(d[k] as Json, wanted);
  for (const list of ['choices', 'scale', 'source', 'target', 'steps'])
    if (Array.isArray(d[list])) d[list] = (d[list] as unknown[]).map((c) => (isObject(c) && isObject(c.description) ? { ...c, description: pickLanguage(c.description, wanted) } : c));
  return { ...a, definition: d };
}

/**
 * `format=canonical`: Activities with the LRS's canonical definition (`definitionOf`, falling back
 * to what the statement carries) and every language map cut to the one language the caller
 * prefers (Accept-Language).
 */
export function statementCanonical(statement: Json, wanted: readonly string[], definitionOf: (id: string) => Json | undefined = () => undefined): Json {
  const activity = (a: unknown) => canonicalActivity(a, wanted, definitionOf);
  const parts = (s: Json): Json => {
    const out: Json = { ...s };
    if (isObject(s.verb) && isObject(s.verb.display)) out.verb = { ...s.verb, display: pickLanguage(s.verb.display, wanted) };
    if (isObject(s.object)) {
      const type = s.object.objectType;
      if (type === 'SubStatement') out.object = parts(s.object);
      else if (type === undefined || type === 'Activity') out.object = activity(s.object);
    }
    if (isObject(s.context) && isObject(s.context.contextActivities))
      out.context = {
        ...s.context,
        contextActivities: Object.fromEntries(Object.entries(s.context.contextActivities).map(([k, list]) => [k, Array.isArray(list) ? list.map(activity) : activity(list)])),
      };
    return out;
  };
  return parts(statement);
}

/** Every Activity a statement names with a definition (object, SubStatement object, context activities). */
export function definedActivities(statement: Json): { id: string; definition: Json }[] {
  const found: { id: string; definition: Json }[] = [];
  const take = (a: unknown) => {
    if (isObject(a) && typeof a.id === 'string' && isObject(a.definition) && (a.objectType === undefined || a.objectType === 'Activity')) found.push({ id: a.id, definition: a.definition });
  };
  const parts = (s: Json) => {
    if (isObject(s.object)) {
      if (s.object.objectType === 'SubStatement') parts(s.object);
      else take(s.object);
    }
    if (isObject(s.context) && isObject(s.context.contextActivities))
      for (const list of Object.values(s.context.contextActivities)) for (const a of Array.isArray(list) ? list : [list]) take(a);
  };
  parts(statement);
  return found;
}
