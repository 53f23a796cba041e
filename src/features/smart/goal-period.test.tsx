import { afterEach, beforeEach, expect, onTestFinished, test, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';

// The course's companies plan for 2027: the page's date is pinned before then, so their deadlines
// are still ahead whatever year the tests run in (only Date is faked; the page's timers run).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

/** What the checker read for one of its facts (Target, Deadline…), by the fact's name. */
const fact = (name: string) => {
  const term = screen.getAllByRole('term').find((t) => t.textContent === name)!;
  return within(term.parentElement!).getByRole('definition').textContent;
};

function inEnglish() {
  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
}

test('in English, how often visits happen is not the goal’s period: the deadline and the baseline are the whole period’s', async () => {
  inEnglish();
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  await user.click(screen.getByRole('textbox', { name: 'Your goal' }));
  await user.paste('Increase product A sales revenue by 20% by June 30, 2027, by visiting 5 tier A customers a week.');
  const working = await screen.findByRole('region', { name: 'How Achievable was judged' });
  expect(fact('Deadline')).toBe('June 30, 2027');
  expect(fact('Target')).toBe('—');
  expect(fact('Growth')).toBe('20%');
  expect(within(working).getByText('RMB 48 million (the company’s figure for the same period last year)')).toBeInTheDocument();
  expect(working.textContent).not.toMatch(/923,076|\.92\b/);
});

test('in Chinese, 每周拜访 is not the goal’s period either', async () => {
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /云启软件/ }));
  await user.click(screen.getByRole('textbox', { name: '你的目标' }));
  await user.paste('2027年6月30日前，A产品销售收入增长20%，每周拜访5家A类客户。');
  const working = await screen.findByRole('region', { name: '可实现性怎样判断' });
  expect(fact('期限')).toBe('2027年6月30日前');
  expect(within(working).getByText('4,800万元（公司去年同期数据）')).toBeInTheDocument();
  expect(working.textContent).not.toMatch(/92\.31万元/);
});

test('a weekly result’s baseline is shown to the whole yuan, never to the fen', async () => {
  inEnglish();
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  await user.click(screen.getByRole('textbox', { name: 'Your goal' }));
  await user.paste('Reach RMB 1 million in revenue per week for enterprise customers in 2027');
  const working = await screen.findByRole('region', { name: 'How Achievable was judged' });
  // RMB 48 million ÷ 52 = RMB 923,076.92.
  expect(within(working).getByText('RMB 923,077 (the company’s figure for the same period last year)')).toBeInTheDocument();
});

test('a target amount that contradicts the growth is shown, and Measurable says so', async () => {
  inEnglish();
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  await user.click(screen.getByRole('textbox', { name: 'Your goal' }));
  await user.paste('Increase product A sales revenue by 20% to RMB 1.2 million by June 30, 2027, by visiting 5 tier A customers a week.');
  const check = screen.getByRole('list', { name: 'SMART check' });
  const measurable = () => within(check).getByText('Measurable').closest('li')!;
  await waitFor(() =>
    expect(measurable()).toHaveTextContent(
      'The target RMB 1.2 million and the change of 20% don’t agree: 20% on the baseline of RMB 48 million for the same period would be RMB 57.6 million.',
    ),
  );
  expect(measurable()).toHaveTextContent('Not met');
  expect(fact('Target')).toBe('RMB 1.2 million');
  expect(within(check).getByText('Achievable').closest('li')).toHaveTextContent('Can’t tell');
});
