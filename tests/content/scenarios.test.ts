import { expect, test } from 'vitest';
import { readScenarioFiles } from '../../src/content/read-course-files';
import { validateScenario } from '../../src/content/validate-scenario';
import type { Scenario } from '../../src/content/scenario-schema';
import { knownPlace, placesOf } from './china-regions';

const root = new URL('../../', import.meta.url).pathname;
const checked = readScenarioFiles(root).map(validateScenario);
const scenarios = checked.map((c) => c.scenario).filter((s): s is Scenario => !!s);

test('the three scenario companies are valid', () => {
  expect(checked.flatMap((c) => c.problems)).toEqual([]);
  expect(scenarios.map((s) => s.id)).toEqual(['cloud-software', 'consumer-electronics', 'medical-devices']);
});

test('a product line named as running text ("the cloud collaboration suite") is refused: the name heads the sandbox\'s rows', () => {
  const [file] = readScenarioFiles(root);
  const source = file!.source.replace('en: Cloud Collaboration Suite }', 'en: the cloud collaboration suite }');
  expect(source).not.toBe(file!.source);
  expect(validateScenario({ ...file!, source }).problems.map((p) => p.message).join('\n')).toMatch(/products\.0\.name\.en.*capitalized and without "the"/);
});

test.each(scenarios.map((s) => [s.id, s] as const))('%s: the regions of the breakdown do not overlap', (_id, s) => {
  const names = s.regions.map((r) => r.name['zh-CN']);
  for (const name of names) expect(knownPlace(name), `${name} is a region or province of China`).toBe(true);
  const covered = names.flatMap(placesOf);
  expect(covered.filter((p, i) => covered.indexOf(p) !== i), 'a place counted twice').toEqual([]);
  expect(new Set(s.regions.map((r) => r.id)).size).toBe(s.regions.length);
});

test.each(scenarios.map((s) => [s.id, s] as const))('%s: shares add up (weights in tenths, seasonality in percent of the year)', (_id, s) => {
  expect(s.products.reduce((sum, p) => sum + p.weight, 0)).toBe(10);
  expect(s.regions.reduce((sum, r) => sum + r.weight, 0)).toBe(10);
  expect(s.seasonality.reduce((sum, m) => sum + m, 0)).toBe(100);
});

test.each(scenarios.map((s) => [s.id, s] as const))('%s: customers agree with revenue, deal size and retention', (_id, s) => {
  const { revenue, newCustomers, retention } = s.metrics;
  expect(revenue, 'revenue').toBeDefined();
  expect(newCustomers, 'newCustomers').toBeDefined();
  expect(retention, 'retention').toBeDefined();
  expect(s.customerBase, 'customerBase').toBeDefined();
  // Revenue ÷ deal size = customers served, a whole number.
  const served = revenue! / s.averageDealSize;
  expect(Number.isInteger(served), `${revenue} ÷ ${s.averageDealSize}`).toBe(true);
  // Customers served = the ones kept from the base + the new ones; a whole number kept.
  const retained = retention! * s.customerBase!;
  expect(Math.abs(retained - Math.round(retained)), `${retention} × ${s.customerBase}`).toBeLessThan(1e-9);
  expect(Math.round(retained) + newCustomers!).toBe(served);
  expect(newCustomers!).toBeLessThan(served);
});
