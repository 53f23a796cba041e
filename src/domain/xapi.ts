/** Learning records: xAPI 1.0.3 statement builders, checks and the completion rule. */
export * from './xapi/vocabulary';
export * from './xapi/actor';
export * from './xapi/activities';
export * from './xapi/duration';
export * from './xapi/statements';
export * from './xapi/validate';
export * from './xapi/completion';
export * from './xapi/queue';
export * from './xapi/parse-duration';
export * from './xapi/response';
export * from './xapi/practice-results';
export * from './xapi/formats';
export * from './xapi/statement-format';
export * from './xapi/multipart';
export * from './xapi/statement-index';
export * from './xapi/emitted-ledger';
export * from './xapi/server-verdicts';
