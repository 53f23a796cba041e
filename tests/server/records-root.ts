import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startRecordsServer } from '../../src/server/records-server';
import { TEST_BANKS, TEST_MODULES } from './test-modules';

/** A built app in miniature: the page, one asset and the course index the server reads. */
export function makeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'sta-root-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>course</title>');
  writeFileSync(join(root, 'assets', 'app-abc.js'), 'export {}');
  writeFileSync(join(root, 'course-index.json'), JSON.stringify({ modules: TEST_MODULES, banks: TEST_BANKS }));
  return root;
}

/** The whole records server (static files, APIs, live sockets) on a free loopback port for one test file. */
export function serveRecords(env: Record<string, string> = {}) {
  const state = { base: '', ws: '', server: undefined as Awaited<ReturnType<typeof startRecordsServer>> | undefined, logged: [] as string[] };
  const root = makeRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'sta-data-'));
  beforeAll(async () => {
    state.server = await startRecordsServer({ root, dataDir, port: 0, env: { HR_PASSWORD: 'hr-secret-pass', XAPI_PASSWORD: 'pw', ...env }, log: (line) => state.logged.push(line) });
    state.base = state.server.url;
    state.ws = `${state.server.url.replace('http', 'ws')}/live/ws`;
  });
  afterAll(async () => {
    await state.server?.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });
  return state;
}
