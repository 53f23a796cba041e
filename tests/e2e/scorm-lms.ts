import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server';
import { unpack } from './packages';

export type Cmi = Record<string, unknown>;

/**
 * A small LMS: scorm-again's run-time API on the host page, the unpacked package in an iframe,
 * served from one loopback server. `previous` is what the LMS kept from the last session. Every
 * API call is followed by a look at the LMS's last error; any error is kept in `lmsErrors`.
 */
export async function launch(b: Browser, base: string, format: 'scorm12' | 'scorm2004', previous: Cmi, hash = '', { bypassCSP = false } = {}) {
  const context = await b.newContext({ viewport: { width: 1280, height: 950 }, bypassCSP });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/host.html`);
  await page.evaluate(
    ([f, prev, h]) => {
      const w = window as unknown as Record<string, new (settings: object) => { loadFromJSON(json: object): void }>;
      const api = new w[f === 'scorm12' ? 'Scorm12API' : 'Scorm2004API']!({ autocommit: false, logLevel: 5 });
      api.loadFromJSON(prev);
      const calls = f === 'scorm12' ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'] : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
      const target = api as unknown as Record<string, (...args: string[]) => string>;
      const lastError = target[f === 'scorm12' ? 'LMSGetLastError' : 'GetLastError']!.bind(api);
      const errors: string[] = [];
      (window as unknown as { lmsErrors: string[] }).lmsErrors = errors;
      for (const name of calls) {
        const call = target[name]!.bind(api);
        target[name] = (...args: string[]) => {
          const result = call(...args);
          const code = String(lastError());
          if (code !== '0') errors.push(`${name}(${args.join(', ')}) → ${code}`);
          return result;
        };
      }
      (window as unknown as Record<string, unknown>)[f === 'scorm12' ? 'API' : 'API_1484_11'] = api;
      const frame = document.createElement('iframe');
      frame.src = `${f}/index.html${h}`;
      frame.title = 'Course';
      document.body.append(frame);
    },
    [format, previous, hash] as const,
  );
  return { context, page, course: page.frameLocator('iframe[title="Course"]'), errors };
}

/** Every error the LMS reported, call by call. */
export const lmsErrors = (page: Page) => page.evaluate(() => (window as unknown as { lmsErrors: string[] }).lmsErrors);

/** What the LMS holds now, read from its side. */
export const cmi = (page: Page, format: 'scorm12' | 'scorm2004') =>
  page.evaluate((f) => JSON.parse(JSON.stringify((window as unknown as Record<string, { cmi: unknown }>)[f === 'scorm12' ? 'API' : 'API_1484_11']!.cmi)) as Record<string, unknown>, format);

/**
 * Both SCORM packages unpacked beside scorm-again and the host page, served on loopback for the
 * test file's tests; returns the address to give `launch`.
 */
export function serveLms(): () => string {
  let base = '';
  let dir = '';
  let close: () => void = () => {};
  beforeAll(async () => {
    dir = unpack('scorm12', undefined, 'scorm12');
    unpack('scorm2004', dir, 'scorm2004');
    for (const f of ['scorm12.min.js', 'scorm2004.min.js']) copyFileSync(`node_modules/scorm-again/dist/${f}`, join(dir, f));
    copyFileSync('tests/e2e/lms/host.html', join(dir, 'host.html'));
    const started = await startStaticServer({ root: dir, port: 0 });
    base = started.url;
    close = () => started.server.close();
  });
  afterAll(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => base;
}
