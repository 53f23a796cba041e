import { expect, test } from 'vitest';
import { iriBelow, packageOptions } from '../build/package-options';

test('defaults: a URN course IRI, one AU, three final attempts', () => {
  expect(packageOptions(['--format', 'cmi5'], {})).toEqual({ format: 'cmi5', courseIri: 'urn:sales-target-academy:course', cmi5Aus: 'course', finalAttempts: 3 });
});

test('the IRI base: the flag, else PACKAGE_IRI_BASE, else PUBLIC_URL', () => {
  expect(packageOptions(['--format=scorm12', '--iri-base', 'https://learn.acme.cn/sta/'], { PUBLIC_URL: 'https://x.cn' }).courseIri).toBe('https://learn.acme.cn/sta/course');
  expect(packageOptions(['--format', 'scorm12'], { PACKAGE_IRI_BASE: 'urn:acme:sta', PUBLIC_URL: 'https://x.cn' }).courseIri).toBe('urn:acme:sta:course');
  expect(packageOptions(['--format', 'scorm12'], { PUBLIC_URL: 'https://academy.acme.cn' }).courseIri).toBe('https://academy.acme.cn/course');
  expect(iriBelow('https://a.cn/course', 'au', '01-foundations')).toBe('https://a.cn/course/au/01-foundations');
});

test('wrong options are refused with the reason', () => {
  expect(() => packageOptions([], {})).toThrow(/Usage: npm run package -- --format scorm12\|scorm2004\|cmi5/);
  expect(() => packageOptions(['--format', 'scorm3'], {})).toThrow(/got format "scorm3"/);
  expect(() => packageOptions(['--format', 'cmi5', '--cmi5-aus', 'slide'], {})).toThrow(/course or module/);
  expect(() => packageOptions(['--format', 'scorm2004', '--cmi5-aus', 'module'], {})).toThrow(/cmi5 only/);
  expect(() => packageOptions(['--format', 'cmi5', '--iri-base', 'not an iri'], {})).toThrow(/http\(s\) URL or a urn:/);
  expect(() => packageOptions(['--format', 'cmi5', '--iri-base', 'https://sales.example.com'], {})).toThrow(/not example\.com/);
  expect(() => packageOptions(['--format', 'cmi5', '--final-attempts', '-1'], {})).toThrow(/whole number/);
  expect(packageOptions(['--format', 'cmi5', '--final-attempts', '0'], {}).finalAttempts).toBe(0);
});
