import { expect, test } from 'vitest';
import { apiQuery, filterSearch, readFilters } from './filters';

test('a URL filter that means nothing is dropped, not guessed', () => {
  const filters = readFilters(new URLSearchParams('status=done&from=2026-02-30&to=2026-3-1&department=销售一部'));
  expect(filters).toEqual({ department: '销售一部', status: '', module: '', from: '', to: '', q: '', final: '', certificate: '', overdue: '' });
  expect(filterSearch(filters)).toBe(`?${new URLSearchParams({ department: '销售一部' })}`);
});

test('the API gets whole local days as instants, and a trimmed search', () => {
  const query = new URLSearchParams(apiQuery(readFilters(new URLSearchParams('from=2026-03-01&to=2026-03-01&q=%20E001%20'))));
  expect(query.get('from')).toBe(new Date(2026, 2, 1, 0, 0, 0, 0).toISOString());
  expect(query.get('to')).toBe(new Date(2026, 2, 1, 23, 59, 59, 999).toISOString());
  expect(query.get('q')).toBe('E001');
});
