export * from './progress/progress';
export * from './progress/restore-progress';
