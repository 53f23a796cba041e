export * from './progress/progress';
export * from './progress/restore-progress';
export * from './quiz';
