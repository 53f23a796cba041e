// `npm run speed:first-heading`: how much later the course's first heading becomes visible than a
// bare React 19 page's (one <h1>, built the same way), side by side: nine interleaved runs each, a
// fresh browser context per run, the CPU slowed 4× as on a phone; prints the medians and their ratio.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { ensureBuild } from './ensure-build';
import { serveDist } from './perf/serve-dist';
import { launchChromium } from '../tests/e2e/chromium';

const RUNS = 9;
const CPU_SLOWDOWN = 4;

/** The bare page: React 19 rendering one heading, nothing else. Built inside node_modules so React resolves. */
async function buildBarePage(): Promise<string> {
  const dir = join(process.cwd(), 'node_modules', '.cache', 'sta-bare-react');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bare React</title></head><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(dir, 'main.js'), "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(createElement('h1', null, 'Sales Target Academy'));\n");
  await build({ root: dir, configFile: false, logLevel: 'warn', mode: 'production', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
  return join(dir, 'dist');
}

/** Milliseconds from navigation start until an <h1> with text is laid out on the page. */
async function firstHeading(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Checked on every DOM change (animation frames do not run this early in headless Chromium).
  // Page code as text: this script is compiled for Node, which has no DOM types.
  await context.addInitScript({
    content: `new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      if (window.__firstHeading === undefined && h1 && h1.textContent && h1.getBoundingClientRect().height > 0) window.__firstHeading = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });`,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url);
  const ms = await page.waitForFunction('window.__firstHeading', undefined, { timeout: 60_000, polling: 50 }).then((h) => h.jsonValue() as Promise<number>);
  await context.close();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

ensureBuild();
const app = await serveDist(join(process.cwd(), 'dist'));
const bare = await serveDist(await buildBarePage());
const browser = await launchChromium();
try {
  const times = { app: [] as number[], bare: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, and the order swapped each round, so a busy moment on the machine hits both.
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) times[which].push(await firstHeading(browser, which === 'app' ? `${app.url}/` : `${bare.url}/`));
    console.log(`  run ${i + 1}: course ${Math.round(times.app.at(-1)!)} ms, bare React ${Math.round(times.bare.at(-1)!)} ms`);
  }
  const a = median(times.app);
  const b = median(times.bare);
  console.log(`First heading visible (median of ${RUNS}, CPU ${CPU_SLOWDOWN}× slower): course ${Math.round(a)} ms, bare React 19 page ${Math.round(b)} ms, ratio ${(a / b).toFixed(2)}×`);
} finally {
  await browser.close();
  app.server.close();
  bare.server.close();
}
