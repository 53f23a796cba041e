import { expect, test } from 'vitest';
import { isPrecached, precacheOf, type BuiltFile } from '../build/precache';
import { strategyFor, type RequestInfo } from '../src/sw/routes';

const build: BuiltFile[] = [
  { fileName: 'index.html', source: '<!doctype html><script type="module" src="/assets/index-abc.js"></script>' },
  { fileName: 'assets/index-abc.js', source: 'console.log("app")' },
  { fileName: 'assets/index-abc.js.map', source: '{"version":3}' },
  { fileName: 'assets/zh-CN-k1.js', source: 'export default "模块正文"' },
  { fileName: 'assets/en-k1.js', source: 'export default "module text"' },
  { fileName: 'assets/quiz-q1.js', source: 'export default { items: [] }' },
  { fileName: 'assets/index-s1.css', source: 'body{}' },
  { fileName: 'course-index.json', source: '{"modules":[]}' },
  { fileName: 'config.json', source: '{"records":null}' },
  { fileName: '.build-stamp', source: '2026-01-01' },
  { fileName: 'favicon.svg', source: '<svg/>' },
  { fileName: 'manifest.webmanifest', source: '{}' },
  { fileName: 'icons/icon-192.png', source: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
];

test('the precache holds the page, every chunk in both languages, the manifest and the icons', () => {
  const { urls } = precacheOf(build);
  expect(urls).toEqual([
    '/assets/en-k1.js',
    '/assets/index-abc.js',
    '/assets/index-s1.css',
    '/assets/quiz-q1.js',
    '/assets/zh-CN-k1.js',
    '/favicon.svg',
    '/icons/icon-192.png',
    '/index.html',
    '/manifest.webmanifest',
  ]);
});

test('sourcemaps, the server’s course index, the runtime config, the build stamp and the worker stay out', () => {
  for (const name of ['assets/index-abc.js.map', 'course-index.json', 'config.json', '.build-stamp', 'sw.js']) expect(isPrecached(name), name).toBe(false);
  expect(isPrecached('assets/config-abc.js')).toBe(true);
});

test('the version changes when any precached file or the worker changes, and only then', () => {
  const { version } = precacheOf(build, 'worker');
  expect(version).toMatch(/^[0-9a-f]{16}$/);
  expect(precacheOf([...build].reverse(), 'worker').version).toBe(version);
  const edited = build.map((f) => (f.fileName === 'assets/zh-CN-k1.js' ? { ...f, source: 'export default "改过的正文"' } : f));
  expect(precacheOf(edited, 'worker').version).not.toBe(version);
  const renamed = build.map((f) => (f.fileName === 'assets/quiz-q1.js' ? { ...f, fileName: 'assets/quiz-q2.js' } : f));
  expect(precacheOf(renamed, 'worker').version).not.toBe(version);
  const icon = build.map((f) => (f.fileName === 'icons/icon-192.png' ? { ...f, source: new Uint8Array([1, 2, 3]) } : f));
  expect(precacheOf(icon, 'worker').version).not.toBe(version);
  expect(precacheOf(build, 'worker v2').version).not.toBe(version);
  // What is not precached does not make a new version: a new config or sourcemap is no update.
  const config = build.map((f) => (f.fileName === 'config.json' || f.fileName.endsWith('.map') ? { ...f, source: 'changed' } : f));
  expect(precacheOf(config, 'worker').version).toBe(version);
});

const origin = 'https://academy.example.com';
const precached = new Set(precacheOf(build).urls);
const get = (path: string, mode = 'cors'): RequestInfo => ({ url: `${origin}${path}`, method: 'GET', mode });

test('pages of the app go to the network first and fall back to the cached page, deep links and HR included', () => {
  for (const path of ['/', '/modules/03-execution/sales-funnel', '/modules/08-eq/quiz', '/practice/sandbox?plan=abc', '/hr', '/hr/trainees/E1', '/verify/ABCD-1234'])
    expect(strategyFor(get(path, 'navigate'), origin, precached), path).toBe('page');
});

test('precached files come from the cache first; the runtime config from the network first', () => {
  expect(strategyFor(get('/assets/zh-CN-k1.js'), origin, precached)).toBe('cache-first');
  expect(strategyFor(get('/icons/icon-192.png?v=2'), origin, precached)).toBe('cache-first');
  expect(strategyFor(get('/manifest.webmanifest'), origin, precached)).toBe('cache-first');
  expect(strategyFor(get('/config.json'), origin, precached)).toBe('config');
});

test('the records API, HR’s API, certificate lookups, other methods and other sites are never intercepted', () => {
  for (const path of ['/xapi/statements?agent=x', '/api/trainees', '/api/certificates/ABCD-1234', '/hr/api/matrix'])
    for (const mode of ['cors', 'navigate']) expect(strategyFor(get(path, mode), origin, precached), `${path} ${mode}`).toBe('pass');
  expect(strategyFor(get('/verify/ABCD-1234'), origin, precached)).toBe('pass');
  expect(strategyFor({ url: `${origin}/xapi/statements`, method: 'POST', mode: 'cors' }, origin, precached)).toBe('pass');
  expect(strategyFor({ url: `${origin}/assets/index-abc.js`, method: 'HEAD', mode: 'cors' }, origin, precached)).toBe('pass');
  expect(strategyFor({ url: 'https://lrs.example.com/assets/index-abc.js', method: 'GET', mode: 'cors' }, origin, precached)).toBe('pass');
  // Not in this version's precache (a newer page's chunk, say): the network, untouched.
  expect(strategyFor(get('/assets/other-zzz.js'), origin, precached)).toBe('pass');
});
