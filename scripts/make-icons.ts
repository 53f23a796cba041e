// `npx tsx scripts/make-icons.ts`: draws the app icons of the web manifest (public/icons/*.png)
// from the favicon's target, rendered by Chromium. Run again only when the favicon changes; the
// PNGs are kept in the repository so a build needs no browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/launch-chromium';

const favicon = readFileSync('public/favicon.svg', 'utf8');

// A maskable icon may be cropped to any shape inside its inner 80% circle: the blue fills the
// whole square and the favicon's target (radius 19 of 64) stays inside the safe zone (radius 25.6).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#1d4ed8"/><circle cx="32" cy="32" r="19" fill="#fff"/><circle cx="32" cy="32" r="9" fill="#dc2626"/></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'maskable-512.png', size: 512, svg: maskable },
];

mkdirSync('public/icons', { recursive: true });
const browser = await launchChromium();
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
