/** xAPI 1.0.3 verbs from the ADL vocabulary, as cmi5 uses them. */
export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
} as const;
export type VerbName = keyof typeof VERBS;

/** Activity types from the ADL vocabulary. */
export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
} as const;

export const XAPI_VERSION = '1.0.3';
export const DEFAULT_COURSE_IRI = 'https://sales-target-academy.example.com/xapi/course';
/** The `homePage` of trainees' xAPI accounts when the deployment names none (`RECORDS_HOME_PAGE`, or config.json). */
export const DEFAULT_HOME_PAGE = 'https://sales-target-academy.example.com/employees';
