import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBuild } from '../../scripts/ensure-build';
import { startRecordsServer } from '../../src/server/records-server';
import { buildPackage } from '../../scripts/package';
import { packageOptions } from '../../build/package-options';
import { assertChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    hrUser: string;
    hrPassword: string;
    xapiAuth: string;
    /** The course packaged for LMSs: `<dir>/sales-target-academy-<format>.zip`. */
    packagesDir: string;
  }
}

export const E2E_HR_PASSWORD = 'e2e-人事-password';

/**
 * Builds the course if needed and runs the whole system, as `npm start` does (course, records
 * API and HR dashboard), on a free loopback port with a fresh data directory for the e2e run.
 */
export default async function setup(project: TestProject) {
  assertChromium();
  ensureBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-e2e-'));
  // The LMS tests need the packages; building them once here keeps each test file short.
  const packagesDir = mkdtempSync(join(tmpdir(), 'sta-packages-'));
  // Default options (a URN IRI base, three final attempts), plus cmi5 with one AU per module.
  for (const args of [['scorm12'], ['scorm2004'], ['cmi5'], ['cmi5', '--cmi5-aus', 'module']]) await buildPackage(packageOptions(['--format', ...args], {}), packagesDir);
  project.provide('packagesDir', packagesDir);
  const { url, close } = await startRecordsServer({
    root: 'dist',
    dataDir,
    host: '127.0.0.1',
    port: 0,
    env: { HR_USER: 'hr', HR_PASSWORD: E2E_HR_PASSWORD, XAPI_USER: 'lrs', XAPI_PASSWORD: 'e2e-lrs' },
  });
  project.provide('baseURL', url);
  project.provide('hrUser', 'hr');
  project.provide('hrPassword', E2E_HR_PASSWORD);
  project.provide('xapiAuth', `Basic ${Buffer.from('lrs:e2e-lrs').toString('base64')}`);
  return async () => {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(packagesDir, { recursive: true, force: true });
  };
}
