import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.useRealTimers();
});

const verdictOf = (list: string, name: string) => within(screen.getByRole('list', { name: list })).getByText(name).closest('li')!;

test.each([
  ['zh-CN', 'SMART 检查', '你的目标', '时限性', '2024年底前，华东云协同套件的销售额达到2,000万元', /期限“2024年底”已经过去了。提示：改成一个还没到的截止时间，如“2026年底前”。/],
  ['en', 'SMART check', 'Your goal', 'Time-bound', 'Grow East China enterprise revenue by 15% by the end of 2023', /The deadline “by the end of 2023” has already passed\. Hint: set a deadline that is still ahead, such as “by the end of 2026”\./],
] as const)('in %s, a goal whose deadline is behind the trainee’s date does not meet Time-bound and says why', { timeout: 30_000 }, async (locale, list, box, criterion, goal, message) => {
  // Only the date is fixed: the page's timers still run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 10, 0));
  useSettingsStore.setState({ locale });
  const { user } = renderApp('/practice/smart');
  await user.type(await screen.findByRole('textbox', { name: box }), goal);
  await waitFor(() => expect(verdictOf(list, criterion)).toHaveTextContent(message));
});
