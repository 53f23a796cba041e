import { createHash } from 'node:crypto';

/** One file of the build as the service worker plugin sees it: its path under dist/ and its bytes. */
export interface BuiltFile {
  fileName: string;
  source: string | Uint8Array;
}

export interface Precache {
  /** Changes whenever any precached file (or the worker's own code) changes: names the cache. */
  version: string;
  /** Absolute paths from the site root, sorted: what the worker stores on install. */
  urls: string[];
}

/**
 * Files the app never needs offline: sourcemaps (for developers), the records server's module
 * index, the runtime config (it must come from the server; the worker caches the last copy it
 * saw), the build stamp, and the worker itself (the browser fetches it apart from any cache).
 */
const EXCLUDED = [/\.map$/, /^course-index\.json$/, /^config\.json$/, /^\.build-stamp$/, /^sw\.js$/, /(^|\/)\.[^/]*$/];

/** Whether a file of the build belongs in the precache. */
export const isPrecached = (fileName: string): boolean => !EXCLUDED.some((pattern) => pattern.test(fileName));

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The precache of a build: every file the course needs to run offline (index.html, each JS and
 * CSS chunk — module text, banks, role-plays, scenarios and strings in both languages included —
 * the manifest, icons and favicon), and a version from the names and contents of those files and
 * of `workerCode`, so any change to any of them makes a new cache and offers the update.
 */
export function precacheOf(files: BuiltFile[], workerCode = ''): Precache {
  const kept = files.filter((f) => isPrecached(f.fileName)).sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const lines = kept.map((f) => `${f.fileName} ${sha256(f.source)}`);
  lines.push(`sw ${sha256(workerCode)}`);
  return { version: sha256(lines.join('\n')).slice(0, 16), urls: kept.map((f) => `/${f.fileName}`) };
}
