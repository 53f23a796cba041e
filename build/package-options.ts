/** `npm run package` options, read from argv and the environment (pure: no files, no process). */
export const FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type Format = (typeof FORMATS)[number];

export interface PackageOptions {
  format: Format;
  /** The course's activity IRI; AU ids hang below it. */
  courseIri: string;
  /** cmi5 only: one AU for the whole course, or one per module plus the final assessment. */
  cmi5Aus: 'course' | 'module';
  /** Attempts allowed at the final assessment (0 = unlimited). */
  finalAttempts: number;
}

/** The base when none is configured: a URN, which needs no domain and never collides with a real site. */
export const DEFAULT_IRI_BASE = 'urn:sales-target-academy';
export const DEFAULT_FINAL_ATTEMPTS = 3;

function value(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** Joins a base and a path with the separator its scheme uses (`/` for http(s), `:` for a URN). */
export function iriBelow(base: string, ...parts: string[]): string {
  const urn = base.startsWith('urn:');
  return [base.replace(urn ? /:+$/ : /\/+$/, ''), ...parts.map(encodeURIComponent)].join(urn ? ':' : '/');
}

/**
 * Reads the options; throws with a message for the person at the terminal when one is wrong.
 * The IRI base comes from `--iri-base`, else `PACKAGE_IRI_BASE`, else `PUBLIC_URL` (where the
 * course is served), else a URN.
 */
export function packageOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): PackageOptions {
  const usage = `Usage: npm run package -- --format ${FORMATS.join('|')} [--cmi5-aus course|module] [--iri-base https://…|urn:…] [--final-attempts N]`;
  const format = value(argv, '--format');
  if (!format || !(FORMATS as readonly string[]).includes(format)) throw new Error(`${usage}${format ? ` (got format "${format}")` : ''}`);
  const aus = value(argv, '--cmi5-aus') ?? 'course';
  if (aus !== 'course' && aus !== 'module') throw new Error(`--cmi5-aus must be course or module (got "${aus}")\n${usage}`);
  if (aus === 'module' && format !== 'cmi5') throw new Error(`--cmi5-aus applies to --format cmi5 only\n${usage}`);
  const base = value(argv, '--iri-base') || env.PACKAGE_IRI_BASE || env.PUBLIC_URL || DEFAULT_IRI_BASE;
  if (!/^(https?:\/\/[^\s/]+[^\s]*|urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+|urn:[A-Za-z0-9][A-Za-z0-9-]{0,31})$/.test(base)) throw new Error(`The IRI base must be an http(s) URL or a urn: (got "${base}")\n${usage}`);
  if (!base.startsWith('urn:') && /(^|\.)example\.(com|org|net)$/.test(new URL(base).hostname)) throw new Error(`The IRI base must be your own, not example.com (got "${base}")`);
  const attemptsText = value(argv, '--final-attempts');
  const finalAttempts = attemptsText === undefined ? DEFAULT_FINAL_ATTEMPTS : Number(attemptsText);
  if (!Number.isInteger(finalAttempts) || finalAttempts < 0) throw new Error(`--final-attempts must be a whole number, 0 for unlimited (got "${attemptsText}")\n${usage}`);
  return { format: format as Format, courseIri: iriBelow(base, 'course'), cmi5Aus: aus, finalAttempts };
}
