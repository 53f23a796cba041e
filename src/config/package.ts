/**
 * How `npm run package` configured this build (see the README's packaging options); in the web
 * build every field is empty and the course behaves as it always does.
 */
export const packageConfig = {
  format: import.meta.env.VITE_PACKAGE_FORMAT,
  /** Attempts allowed at the final assessment; 0 = unlimited. */
  finalAttempts: Math.max(0, Math.floor(Number(import.meta.env.VITE_FINAL_ATTEMPTS ?? 0)) || 0),
  /** The course's activity IRI (cmi5 resume state is kept under it). */
  courseIri: import.meta.env.VITE_COURSE_IRI ?? '',
} as const;
