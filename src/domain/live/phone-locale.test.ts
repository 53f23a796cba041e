import { describe, expect, test } from 'vitest';
import { isJoinPath, phoneLocale } from './phone-locale';

describe('phoneLocale', () => {
  test('takes the first Chinese or English language, in any region or case', () => {
    expect(phoneLocale(['zh-TW', 'en-US'])).toBe('zh-CN');
    expect(phoneLocale(['ZH'])).toBe('zh-CN');
    expect(phoneLocale(['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
  });
  test('none for a phone in neither language, or with no languages', () => {
    expect(phoneLocale(['fr-FR', 'de'])).toBeUndefined();
    expect(phoneLocale([])).toBeUndefined();
  });
});

describe('isJoinPath', () => {
  test('the join page, with or without a trailing slash; nothing else', () => {
    expect(isJoinPath('/join')).toBe(true);
    expect(isJoinPath('/join/')).toBe(true);
    expect(isJoinPath('/joined')).toBe(false);
    expect(isJoinPath('/present/01-foundations')).toBe(false);
    expect(isJoinPath('/')).toBe(false);
  });
});
