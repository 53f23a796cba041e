import { expect, test } from 'vitest';
import { allStrings } from './setup/all-locales';
import zhCN from '../src/app/i18n/zh-CN.json';
import hrZhCN from '../src/features/hr/locales/zh-CN.json';
import hrEn from '../src/features/hr/locales/en.json';

type Tree = { [key: string]: string | Tree };

/** Each namespace: the app's strings (the shell's with each exercise's), and the HR pages' own bundle. */
const bundles: [name: string, zh: Tree, en: Tree][] = [
  ['translation', allStrings['zh-CN'], allStrings.en],
  ['hr', hrZhCN, hrEn],
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

  test(`${ns}: English plurals have both forms`, () => {
    const json = JSON.stringify(english);
    for (const [, base] of json.matchAll(/"(\w+)_one"/g)) expect(json).toContain(`"${base}_other"`);
  });
}

test('the exercises\' strings never overwrite the shell\'s: their top-level keys are their own', async () => {
  const shell = Object.keys(zhCN);
  const features = await Promise.all(['quiz', 'smart', 'roleplay', 'sandbox', 'certificate', 'present', 'live', 'trainer', 'review'].map(async (f) => Object.keys((await import(`../src/features/${f}/locales/zh-CN.json`)).default)));
  const all = [...shell, ...features.flat()];
  expect(new Set(all).size).toBe(all.length);
});
