import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer } from '../../src/server/static-server';

let root: string;
let base: string;
let server: Server;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sta-static-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'icons'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>course</title>');
  writeFileSync(join(root, 'sw.js'), 'const PRECACHE_VERSION = "v1";');
  writeFileSync(join(root, 'manifest.webmanifest'), '{}');
  writeFileSync(join(root, 'icons', 'icon-192.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(join(root, 'assets', 'index-abc.js.map'), '{"sourcesContent":["secret source"]}');
  const started = await startStaticServer({ root, port: 0 });
  server = started.server;
  base = started.url;
});

test('source maps are not served unless a setting allows them', async () => {
  const refused = await fetch(`${base}/assets/index-abc.js.map`);
  expect(refused.status).toBe(404);
  expect(await refused.text()).not.toContain('secret source');
  const allowed = await startStaticServer({ root, port: 0, serveSourceMaps: true });
  try {
    expect(await (await fetch(`${allowed.url}/assets/index-abc.js.map`)).text()).toContain('secret source');
  } finally {
    allowed.server.closeAllConnections();
    await new Promise((resolve) => allowed.server.close(resolve));
  }
});

test('a garbled link to a page opens the course, which says what it cannot find; a garbled file name is refused as text', async () => {
  for (const path of ['/verify/%E0%A4%A', '/verify/%zz']) {
    const page = await fetch(`${base}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>course</title>');
  }
  const file = await fetch(`${base}/assets/%zz.js`);
  expect(file.status).toBe(400);
  expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

test('the service worker is script, always revalidated, under the same CSP as the page', async () => {
  const res = await fetch(`${base}/sw.js`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
});

test('the manifest and icons have their types and are revalidated; hashed chunks are immutable', async () => {
  const manifest = await fetch(`${base}/manifest.webmanifest`);
  expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
  expect(manifest.headers.get('cache-control')).toBe('no-cache');
  const icon = await fetch(`${base}/icons/icon-192.png`);
  expect(icon.headers.get('content-type')).toBe('image/png');
  expect(icon.headers.get('cache-control')).toBe('no-cache');
  const chunk = await fetch(`${base}/assets/index-abc.js`);
  expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('a missing service worker is a 404, not the page (which a browser would reject as a script)', async () => {
  rmSync(join(root, 'sw.js'));
  const res = await fetch(`${base}/sw.js`);
  expect(res.status).toBe(404);
  const page = await fetch(`${base}/modules/08-eq/quiz`);
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
});
