import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.1 A/AA and best practices) and returns its violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Contrast is only meaningful once things have faded in: wait for running animations to end.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.slide-frame')].every((el) => getComputedStyle(el).opacity === '1') &&
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  // Once per document: a second check of the same page (another theme, another language) reuses it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
