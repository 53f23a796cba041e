import { expect, test } from 'vitest';
import zhCN from '../src/app/i18n/zh-CN.json';
import en from '../src/app/i18n/en.json';

type Tree = { [key: string]: string | Tree };

/** Flattened keys, with i18next plural suffixes folded so zh's `_other` matches en's `_one/_other`. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`] : keys(v, `${prefix}${k}.`),
  );
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

test('both locales have the same keys', () => {
  expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zhCN))].sort());
});

test('no translation is empty', () => {
  for (const v of [...values(zhCN), ...values(en)]) expect(v.trim()).not.toBe('');
});

test('the same placeholders appear in both locales', () => {
  const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
  const flat = (tree: Tree, prefix = ''): Record<string, string> =>
    Object.assign({}, ...Object.entries(tree).map(([k, v]) => (typeof v === 'string' ? { [`${prefix}${k}`]: v } : flat(v, `${prefix}${k}.`))));
  const zh = flat(zhCN);
  const enFlat = flat(en);
  for (const [key, value] of Object.entries(zh)) {
    const base = key.replace(/_other$/, '');
    const english = enFlat[key] ?? enFlat[`${base}_other`];
    expect(english, key).toBeDefined();
    expect(placeholders(english!), key).toEqual(placeholders(value));
  }
});

test('English plurals have both forms', () => {
  const json = JSON.stringify(en);
  for (const [, base] of json.matchAll(/"(\w+)_one"/g)) expect(json).toContain(`"${base}_other"`);
});
