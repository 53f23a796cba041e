import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/ensure-build';
import { startStaticServer } from '../../src/server/static-server';
import { assertChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Builds the course if needed and serves it on a free loopback port for the whole e2e run. */
export default async function setup(project: TestProject) {
  assertChromium();
  ensureBuild();
  const { server, url } = await startStaticServer({ root: 'dist', host: '127.0.0.1', port: 0 });
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
