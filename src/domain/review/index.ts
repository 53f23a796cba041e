export * from './deck';
export * from './entry';
export * from './schedule';
export * from './follow-ups';
export * from './ics';
export * from './restore-review';
export * from './statements';
export * from './records';
