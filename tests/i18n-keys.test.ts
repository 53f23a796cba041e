import { expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { allStrings, featureStrings, OWN_NAMESPACE } from './setup/all-locales';
import zhCN from '../src/app/i18n/zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Each namespace: the app's strings (the shell's with each feature's), and each feature with a namespace of its own. */
const bundles: [name: string, zh: Tree, en: Tree][] = [
  ['translation', allStrings['zh-CN'], allStrings.en],
  ...OWN_NAMESPACE.map((ns): [string, Tree, Tree] => [ns, featureStrings[ns]!['zh-CN']!, featureStrings[ns]!.en!]),
];

/** Flattened keys, with i18next plural suffixes folded so zh's `_other` matches en's `_one/_other`. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`] : keys(v, `${prefix}${k}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

for (const [ns, zh, english] of bundles) {
  test(`${ns}: both locales have the same keys`, () => {
    expect([...new Set(keys(english))].sort()).toEqual([...new Set(keys(zh))].sort());
  });

  test(`${ns}: no translation is empty`, () => {
    for (const v of [...values(zh), ...values(english)]) expect(v.trim()).not.toBe('');
  });

  test(`${ns}: the same placeholders appear in both locales`, () => {
    const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const flat = (tree: Tree, prefix = ''): Record<string, string> =>
      Object.assign({}, ...Object.entries(tree).map(([k, v]) => (typeof v === 'string' ? { [`${prefix}${k}`]: v } : flat(v, `${prefix}${k}.`))));
    const zhFlat = flat(zh);
    const enFlat = flat(english);
    for (const [key, value] of Object.entries(zhFlat)) {
      const base = key.replace(/_other$/, '');
      const text = enFlat[key] ?? enFlat[`${base}_other`];
      expect(text, key).toBeDefined();
      expect(placeholders(text!), key).toEqual(placeholders(value));
    }
  });

  // `count` is the raw number i18next picks the plural form by; the text shows it formatted by
  // Intl in the UI language (`formatted: f.number(count)`), so 12345 reads 12,345.
  test(`${ns}: no string shows the raw plural count`, () => {
    for (const v of [...values(zh), ...values(english)]) expect(v).not.toMatch(/{{\s*count\s*}}/);
  });

  test(`${ns}: English plurals have both forms`, () => {
    const json = JSON.stringify(english);
    for (const [, base] of json.matchAll(/"(\w+)_one"/g)) expect(json).toContain(`"${base}_other"`);
  });
}

test('every feature folder with strings is found, in both locales', () => {
  const withLocales = readdirSync(new URL('../src/features', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(new URL(`../src/features/${d.name}`, import.meta.url)).includes('locales'))
    .map((d) => d.name);
  expect(withLocales.length).toBeGreaterThan(0);
  expect(Object.keys(featureStrings).sort()).toEqual(withLocales.sort());
  for (const name of withLocales) expect(Object.keys(featureStrings[name]!).sort(), name).toEqual(['en', 'zh-CN']);
});

test("the features' strings never overwrite the shell's: their top-level keys are their own", () => {
  const shell = Object.keys(zhCN);
  const features = Object.entries(featureStrings)
    .filter(([name]) => !OWN_NAMESPACE.includes(name))
    .map(([, locales]) => Object.keys(locales['zh-CN']!));
  const all = [...shell, ...features.flat()];
  expect(new Set(all).size).toBe(all.length);
});
