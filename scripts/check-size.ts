// `npm run check:size`: the gzip size of the JavaScript the home page loads before any
// interaction, measured in a real Chromium, against the budget written in the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ensureBuild } from './ensure-build';
import { startStaticServer } from '../src/server/static-server';
import { launchChromium } from '../tests/e2e/launch-chromium';

const budgetMatch = readFileSync('README.md', 'utf8').match(/Size budget:\*{0,2}\s*(\d+(?:\.\d+)?)\s*KB gzip/i);
if (!budgetMatch) {
  console.error('README.md must state the budget as "Size budget: N KB gzip".');
  process.exit(2);
}
const budgetKB = Number(budgetMatch[1]);

ensureBuild();
const { server, url } = await startStaticServer({ root: 'dist', port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    const u = new URL(response.url());
    if (u.pathname.endsWith('.js')) scripts.set(u.pathname, response.body());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const rows = await Promise.all(
    [...scripts].map(async ([path, body]) => {
      const raw = await body;
      return { path, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    }),
  );
  rows.sort((a, b) => b.gzip - a.gzip);
  const kb = (n: number) => (n / 1024).toFixed(1);
  for (const r of rows) console.log(`${kb(r.gzip).padStart(7)} KB gzip  ${kb(r.raw).padStart(7)} KB raw  ${r.path}`);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`Home page first-load JS: ${kb(total)} KB gzip in ${rows.length} files; budget ${budgetKB} KB gzip.`);
  if (total / 1024 > budgetKB) {
    console.error(`Over budget by ${kb(total - budgetKB * 1024)} KB.`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
