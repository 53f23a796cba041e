/** Running inside an LMS: what SCORM and cmi5 are told, and what they keep for a relaunch. */
export * from './lms/course-state';
export * from './lms/suspend-data';
export * from './lms/session-time';
