/** HR's view of the learning records: progress per trainee and module, the matrix, its exports. */
export * from './records/module-progress';
export * from './records/matrix';
export * from './records/export-table';
export * from './records/timeline';
export * from './records/item-analysis';
export * from './records/practice-summary';
export * from './records/matrix-sort';
export * from './records/summary';
export * from './records/refusal';
export * from './records/due-day';
