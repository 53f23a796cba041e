/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by `npm run package` for a build that runs inside an LMS. */
  readonly VITE_PACKAGE_FORMAT?: 'scorm12' | 'scorm2004' | 'cmi5';
}
