import { isIri, isLanguageTag } from './formats';

export type Json = Record<string, unknown>;

/** Collects a statement's problems, each named by the path of the property that has it. */
export class Checker {
  readonly problems: string[] = [];
  add(path: string, message: string) {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string, allowed: ReadonlySet<string>): value is Json {
    if (!isPlainObject(value)) {
      this.add(path, 'must be an object');
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.add(`${path}.${key}`, 'is not a property of this object (names are case-sensitive)');
      else if (value[key] === null) this.add(`${path}.${key}`, 'must not be null');
    }
    return true;
  }

  string(value: unknown, path: string, required = false) {
    if (value === undefined) {
      if (required) this.add(path, 'is required');
    } else if (typeof value !== 'string') this.add(path, 'must be a string');
  }

  format(value: unknown, path: string, ok: (v: unknown) => boolean, what: string, required = false) {
    if (value === undefined) {
      if (required) this.add(path, 'is required');
    } else if (!ok(value)) this.add(path, `must be ${what}`);
  }

  languageMap(value: unknown, path: string, required = false) {
    if (value === undefined) {
      if (required) this.add(path, 'is required');
      return;
    }
    if (!isPlainObject(value)) return this.add(path, 'must be a language map');
    for (const [tag, text] of Object.entries(value)) {
      if (!isLanguageTag(tag)) this.add(`${path}.${tag}`, 'is not an RFC 5646 language tag');
      if (typeof text !== 'string') this.add(`${path}.${tag}`, 'must be a string');
    }
  }

  extensions(value: unknown, path: string) {
    if (value === undefined) return;
    if (!isPlainObject(value)) return this.add(path, 'must be an object');
    for (const key of Object.keys(value)) if (!isIri(key)) this.add(`${path}.${key}`, 'an extension key must be an IRI');
  }

  boolean(value: unknown, path: string) {
    if (value !== undefined && typeof value !== 'boolean') this.add(path, 'must be true or false');
  }

  number(value: unknown, path: string) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) this.add(path, 'must be a number');
  }
}

export const isPlainObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
