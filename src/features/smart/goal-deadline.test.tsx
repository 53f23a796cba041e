import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.useRealTimers();
});

const verdictOf = (list: string, name: string) => within(screen.getByRole('list', { name: list })).getByText(name).closest('li')!;

test.each([
  ['zh-CN', 'SMART 检查', '你的目标', '时限性', '2026年底前，华东云协同套件的销售额达到2,000万元', /期限“2026年底”已经过去了。提示：改成一个还没到的截止时间，如“2027年底前”。/],
  ['en', 'SMART check', 'Your goal', 'Time-bound', 'Grow East China enterprise revenue by 15% by the end of 2026', /The deadline “by the end of 2026” has already passed\. Hint: set a deadline that is still ahead, such as “by the end of 2027”\./],
] as const)('in %s, a goal whose deadline is before the year the company plans does not meet Time-bound and says why', { timeout: 30_000 }, async (locale, list, box, criterion, goal, message) => {
  // The device's calendar is still in 2026, and the deadline has not come yet by it: the company plans 2027.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 5, 1, 10, 0));
  useSettingsStore.setState({ locale });
  const { user } = renderApp('/practice/smart');
  await user.type(await screen.findByRole('textbox', { name: box }), goal);
  await waitFor(() => expect(verdictOf(list, criterion)).toHaveTextContent(message));
});

test.each([
  ['zh-CN', 'SMART 检查', '你的目标', '时限性', '2027年第三季度末前，华东云协同套件的销售额达到2,000万元', /满足有时间期限：“2027年第三季度末”/],
  ['en', 'SMART check', 'Your goal', 'Time-bound', 'Reach RMB 20 million in cloud collaboration suite revenue in East China by the end of Q3 2027', /MetHas a time limit: “Q3 2027”/],
] as const)('in %s, a goal for the company’s year still meets Time-bound when the course is taken years later', { timeout: 30_000 }, async (locale, list, box, criterion, goal, said) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2029, 2, 1, 10, 0));
  useSettingsStore.setState({ locale });
  const { user } = renderApp('/practice/smart');
  await user.type(await screen.findByRole('textbox', { name: box }), goal);
  await waitFor(() => expect(verdictOf(list, criterion)).toHaveTextContent(said));
  expect(verdictOf(list, criterion)).not.toHaveTextContent(/已经过去|already passed/);
});
