// `npm run lighthouse`: Lighthouse (mobile: simulated slow 4G and a 4× slower CPU, its defaults)
// on the static build's home page and a module page, three runs each, and the median. Prints
// figures; it is not a test. Uses the system's Chromium (CHROMIUM_PATH to choose another).
// Other pages: `npm run lighthouse -- /practice/smart /practice/sandbox` (paths, in that order).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { ensureBuild } from './ensure-build';
import { serveDist } from './perf/serve-dist';
import { CHROMIUM_PATH, assertChromium } from '../tests/e2e/chromium';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// LIGHTHOUSE_REPORTS=dir keeps each run's full report (JSON) there, to see what costs points.
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const DEFAULT_PAGES: [string, string][] = [
  ['home', '/'],
  ['module page', '/modules/03-execution/sales-funnel'],
];
const asked = process.argv.slice(2).filter((a) => a.startsWith('/'));
const PAGES: [string, string][] = asked.length ? asked.map((p) => [p, p]) : DEFAULT_PAGES;

/** A headless Chromium with a fresh profile and a DevTools port for Lighthouse. */
async function launch(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'sta-lighthouse-'));
  // A process group of its own, so that stopping it stops its renderers too (they write to the profile until they go).
  const child = spawn(CHROMIUM_PATH, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
  });
  return { port, child, profile };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

assertChromium();
ensureBuild();
const { url, server } = await serveDist(join(process.cwd(), 'dist'));
try {
  for (const [name, path] of PAGES) {
    const runs: { score: number; fcp: number; lcp: number; tbt: number; cls: number; si: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await launch();
      try {
        const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result!.lhr;
        if (REPORTS) {
          mkdirSync(REPORTS, { recursive: true });
          writeFileSync(join(REPORTS, `${name.replace(/\W+/g, '-')}-${i + 1}.json`), JSON.stringify(lhr));
        }
        const a = (id: string) => lhr.audits[id]!.numericValue ?? NaN;
        runs.push({
          score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
          fcp: a('first-contentful-paint'),
          lcp: a('largest-contentful-paint'),
          tbt: a('total-blocking-time'),
          cls: a('cumulative-layout-shift'),
          si: a('speed-index'),
        });
        const r = runs.at(-1)!;
        console.log(`  ${name} run ${i + 1}: performance ${r.score}, FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, SI ${Math.round(r.si)} ms`);
      } finally {
        const exited = once(chrome.child, 'exit');
        process.kill(-chrome.child.pid!, 'SIGTERM');
        await exited;
        try {
          rmSync(chrome.profile, { recursive: true, force: true, maxRetries: 10 });
        } catch (error) {
          // A profile left in the temporary folder costs nothing; the run's figures are what matter.
          console.warn(`could not remove ${chrome.profile}: ${(error as Error).message}`);
        }
      }
    }
    console.log(
      `${name} (${path}): median of ${RUNS}: performance ${median(runs.map((r) => r.score))}, LCP ${Math.round(median(runs.map((r) => r.lcp)))} ms, FCP ${Math.round(median(runs.map((r) => r.fcp)))} ms, TBT ${Math.round(median(runs.map((r) => r.tbt)))} ms`,
    );
    const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}/${Math.round(median(xs))}/${Math.round(Math.max(...xs))}`;
    console.log(`${name}: min/median/max: performance ${spread(runs.map((r) => r.score))}, LCP ${spread(runs.map((r) => r.lcp))} ms, FCP ${spread(runs.map((r) => r.fcp))} ms`);
  }
} finally {
  server.close();
}
