// A worker thread does not inherit the TypeScript loader the server runs under; it registers it
// itself, then loads the worker written in TypeScript like the rest of the server.
import { register } from 'tsx/esm/api';

register();
await import('./report-worker.ts');
