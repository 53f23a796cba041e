export * from './progress/progress';
export * from './progress/restore-progress';
export * from './quiz';
export * from './smart';
export * from './csv';
export * from './roleplay';
export * from './sandbox';
export * from './xlsx';
