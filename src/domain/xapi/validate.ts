import { isIsoDuration } from './duration';
import type { Statement } from './statements';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Checks a statement against the xAPI 1.0.3 rules this course relies on (ids are UUIDs, the actor
 * has exactly one identifier, verb and object ids are IRIs, a scaled score lies in −1…1, a
 * duration is ISO 8601, a timestamp is ISO 8601 with a zone). Returns the problems, if any.
 */
export function statementProblems(s: unknown): string[] {
  const p: string[] = [];
  const st = s as Partial<Statement> & Record<string, unknown>;
  if (typeof st !== 'object' || st === null) return ['a statement is an object'];
  if (st.id !== undefined && (typeof st.id !== 'string' || !UUID.test(st.id))) p.push('id must be a UUID');
  const actor = st.actor as Record<string, unknown> | undefined;
  const ifis = actor ? ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => actor[k] !== undefined) : [];
  if (!actor) p.push('actor is required');
  else if (ifis.length !== 1) p.push('actor needs exactly one identifier');
  else if (actor.account) {
    const acc = actor.account as Record<string, unknown>;
    if (typeof acc.homePage !== 'string' || !IRI.test(acc.homePage)) p.push('actor.account.homePage must be an IRL');
    if (typeof acc.name !== 'string' || !acc.name) p.push('actor.account.name is required');
  }
  if (!st.verb || typeof st.verb.id !== 'string' || !IRI.test(st.verb.id)) p.push('verb.id must be an IRI');
  const obj = st.object as Record<string, unknown> | undefined;
  if (obj?.objectType === 'StatementRef') {
    if (typeof obj.id !== 'string' || !UUID.test(obj.id)) p.push('a StatementRef object needs a UUID id');
  } else if (!obj || typeof obj.id !== 'string' || !IRI.test(obj.id)) p.push('object.id must be an IRI');
  const r = st.result;
  if (r?.score) {
    const { scaled, raw, min, max } = r.score;
    if (scaled !== undefined && (typeof scaled !== 'number' || scaled < -1 || scaled > 1)) p.push('result.score.scaled must be between -1 and 1');
    if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) p.push('result.score.raw must lie between min and max');
  }
  if (r?.duration !== undefined && !isIsoDuration(r.duration)) p.push('result.duration must be an ISO 8601 duration');
  if (st.context?.registration !== undefined && !UUID.test(st.context.registration)) p.push('context.registration must be a UUID');
  if (st.timestamp !== undefined && (typeof st.timestamp !== 'string' || !ISO_TIME.test(st.timestamp))) p.push('timestamp must be ISO 8601 with a time zone');
  return p;
}
