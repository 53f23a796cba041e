/** A live session's results, for the trainer's CSV and XLSX after the session. */
export * from './session-results/results';
