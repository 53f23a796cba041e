import { expect, test } from 'vitest';
import { durationText } from './duration-text';

test.each([
  [363, 'en', '6 hours 3 minutes'],
  [363, 'zh-CN', '6小时3分钟'],
  [360, 'en', '6 hours'],
  [360, 'zh-CN', '6小时'],
  [61, 'en', '1 hour 1 minute'],
  [45, 'en', '45 minutes'],
  [45, 'zh-CN', '45分钟'],
  [1, 'en', '1 minute'],
  [0, 'en', '0 minutes'],
  [1.6, 'en', '2 minutes'],
  [119.6, 'en', '2 hours'],
])('%d minutes in %s read "%s"', (minutes, locale, text) => {
  expect(durationText(minutes, locale)).toBe(text);
});
