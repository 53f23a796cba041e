import { afterEach, expect, test, vi } from 'vitest';
import { renderWithI18n, screen, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PresentTimerView } from './present-timer';

const MIN = 60_000;
const T = Date.UTC(2026, 11, 4, 9, 30, 0);
const minutes = [2, 3, 5];

afterEach(() => useSettingsStore.setState({ locale: 'zh-CN' }));

async function show(props: { elapsed: number; slideStartedAt: number; index: number; running?: boolean }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  useSettingsStore.setState({ locale });
  const result = renderWithI18n(
    <PresentTimerView
      timer={props.running ? { startedAt: T - props.elapsed, banked: 0 } : { startedAt: null, banked: props.elapsed }}
      onChange={vi.fn()}
      slideMinutes={minutes}
      index={props.index}
      slideStartedAt={props.slideStartedAt}
      now={() => T}
    />,
  );
  return { ...result, group: await screen.findByRole('group', { name: locale === 'en' ? 'Timer' : '计时' }) };
}

test('shows the time of day, the stopwatch against the module\'s plan, this slide against its own, and the pace', async () => {
  const { group } = await show({ elapsed: 6 * MIN, slideStartedAt: 5 * MIN, index: 2 }, 'en');
  const reading = (term: string) => within(group).getByText(term).nextElementSibling;
  expect(reading('Time now')).toHaveTextContent(new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(T));
  expect(within(group).getByRole('timer')).toHaveTextContent('06:00');
  expect(reading('Time elapsed')).toHaveTextContent('06:00 / Planned 10 min');
  expect(reading('This slide')).toHaveTextContent('01:00 / Planned 5 min');
  expect(reading('Pace')).toHaveTextContent('On time');
  expect(within(group).getByRole('status')).toBeEmptyDOMElement();
});

test('a slide past its plan, and a talk behind or ahead of it, say so', async () => {
  const behind = await show({ elapsed: 7 * MIN, slideStartedAt: 2 * MIN, index: 1 });
  expect(within(behind.group).getByText('本页用时').nextElementSibling).toHaveTextContent('05:00 / 计划 3分钟');
  expect(within(behind.group).getByText('本页用时').closest('div')).toHaveClass('present-timer__slide--over');
  expect(within(behind.group).getByText('进度').nextElementSibling).toHaveTextContent('落后计划 2分钟');
  behind.unmount();
  const ahead = await show({ elapsed: 0, slideStartedAt: 0, index: 1 }, 'en');
  expect(within(ahead.group).getByText('Pace').nextElementSibling).toHaveTextContent('2 min ahead of plan');
});

test('past the module\'s planned minutes the stopwatch warns by how much', async () => {
  const { group } = await show({ elapsed: 11 * MIN + 5000, slideStartedAt: 10 * MIN, index: 2, running: true }, 'en');
  expect(within(group).getByRole('status')).toHaveTextContent('Over time by 01:05; this module is planned for 10 min.');
  expect(within(group).getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
});
