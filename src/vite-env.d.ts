/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by `npm run package` for a build that runs inside an LMS. */
  readonly VITE_PACKAGE_FORMAT?: 'scorm12' | 'scorm2004' | 'cmi5';
  /** Attempts allowed at the final assessment in a package (`--final-attempts`); 0 or unset = unlimited. */
  readonly VITE_FINAL_ATTEMPTS?: string;
  /** The course's activity IRI in a package (`--iri-base`). */
  readonly VITE_COURSE_IRI?: string;
}
