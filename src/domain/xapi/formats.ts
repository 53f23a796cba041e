/** The string formats xAPI 1.0.3 names (Data 4.0 and the property tables), as predicates. */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An absolute IRI: a scheme, a colon and no white space (RFC 3987's shape, without full parsing). */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s"<>\\^`{|}]+$/i;
const MAILTO = /^mailto:[^@\s:/]+@[^@\s]+\.[^@\s]+$/i;
const SHA1 = /^[0-9a-f]{40}$/i;

/**
 * RFC 5646 language tags (BCP 47): language[-extlang][-script][-region](-variant)*(-extension)*
 * [-privateuse], a private-use tag, or one of the grandfathered irregular tags.
 */
const LANG_TAG = new RegExp(
  '^(?:' +
    '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})' +
    '(?:-[a-z]{4})?' +
    '(?:-(?:[a-z]{2}|\\d{3}))?' +
    '(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*' +
    '(?:-[0-9a-wyz](?:-[a-z\\d]{2,8})+)*' +
    '(?:-x(?:-[a-z\\d]{1,8})+)?' +
    '|x(?:-[a-z\\d]{1,8})+' +
    '|en-gb-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-be-fr|sgn-be-nl|sgn-ch-de' +
    ')$',
  'i',
);

/** ISO 8601 date-time as RFC 3339 allows it, with an optional offset (xAPI 1.0.3 Data 4.5). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i;

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
export const isIri = (v: unknown): v is string => typeof v === 'string' && IRI.test(v);
export const isMailto = (v: unknown): v is string => typeof v === 'string' && MAILTO.test(v);
export const isSha1 = (v: unknown): v is string => typeof v === 'string' && SHA1.test(v);
export const isLanguageTag = (v: unknown): v is string => typeof v === 'string' && LANG_TAG.test(v);

/** An IRL: an IRI that can be looked up (http, https). */
export const isIrl = (v: unknown): v is string => isIri(v) && /^https?:\/\/[^/\s]/i.test(v);

/**
 * A real instant in ISO 8601: the calendar date exists, the time is in range, and the offset is
 * not the "unknown local offset" `-00:00` that xAPI forbids.
 */
export function isTimestamp(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = TIMESTAMP.exec(v);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , zone] = m;
  if (zone && /^-00:?(00)?$/.test(zone)) return false;
  const month = Number(mo);
  const day = Number(d);
  const daysIn = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn && Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 60;
}

/** Milliseconds since the epoch of an xAPI timestamp (a missing offset is read as UTC). */
export function instantOf(timestamp: string): number {
  const withZone = /(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})$/i.test(timestamp.slice(19)) ? timestamp : `${timestamp}Z`;
  const normalized = withZone.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/([+-]\d{2})$/, '$1:00');
  return Date.parse(normalized);
}
