import { expect, test } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { useProgressStore } from '../../stores/progress-store';
import { useSettingsStore } from '../../stores/settings-store';

test('lists the introduction and the nine parts with their state, and starts the course', async () => {
  const { user } = renderApp('/');
  const modules = await screen.findByRole('heading', { level: 2, name: '课程模块' });
  const section = modules.closest('section')!;
  const cards = within(section).getAllByRole('article');
  expect(cards).toHaveLength(10);
  expect(within(cards[1]!).getByRole('link', { name: '销售目标基础' })).toBeInTheDocument();
  expect(within(cards[1]!).getByText('未开始')).toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: '开始学习' }));
  expect(await screen.findByRole('heading', { level: 2, name: /欢迎/ })).toBeInTheDocument();
});

test('switching the language changes the interface and the course together, and back', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: '销售目标学院' });
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Sales Target Academy' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Modules' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  expect(document.documentElement.lang).toBe('en');
  expect(useSettingsStore.getState().locale).toBe('en');
  expect(JSON.parse(localStorage.getItem('sta:settings')!).state.locale).toBe('en');

  await user.click(screen.getByRole('button', { name: '中文' }));
  expect(await screen.findByRole('heading', { level: 1, name: '销售目标学院' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('zh-CN');
});

test('shows reading progress and resumes where the trainee left off', async () => {
  useSettingsStore.getState().setLocale('zh-CN');
  const { markSeen } = useProgressStore.getState();
  markSeen('01-foundations', 'part-overview');
  markSeen('01-foundations', 'what-is-a-sales-target');
  const { user } = renderApp('/');
  const resume = await screen.findByRole('link', { name: '继续学习：销售目标基础' });
  expect(screen.getByText('上次停在「什么是销售目标？」')).toBeInTheDocument();
  const card = screen.getByRole('link', { name: '销售目标基础' }).closest('article')!;
  expect(within(card).getByText('学习中')).toBeInTheDocument();
  expect(within(card).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
  await user.click(resume);
  expect(await screen.findByRole('heading', { level: 2, name: '什么是销售目标？' })).toHaveFocus();
  useProgressStore.setState({ progress: { modules: {} } });
});

test('the practice tools are cards on home with their progress, each one tap away', async () => {
  useSettingsStore.getState().setLocale('zh-CN');
  const { user } = renderApp('/');
  const practice = (await screen.findByRole('heading', { level: 2, name: '练习工具' })).closest('section')!;
  const links = within(practice).getAllByRole('link');
  expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
    ['SMART 目标练习', '/practice/smart'],
    ['异议处理角色扮演', '/practice/roleplay'],
    ['目标分解沙盘', '/practice/sandbox'],
  ]);
  expect(within(practice).getByRole('progressbar', { name: '已完成 0/6 个情境' })).toHaveAttribute('aria-valuenow', '0');
  await user.click(links[1]!);
  expect(await screen.findByRole('heading', { level: 1, name: '异议处理角色扮演' })).toBeInTheDocument();
});

test('the final assessment and the certificate say what is left before they open', async () => {
  useSettingsStore.getState().setLocale('zh-CN');
  renderApp('/');
  const final = (await screen.findByRole('heading', { level: 2, name: '结业考试' })).closest('section')!;
  expect(within(final).getAllByText('已读完 0/10 个模块，全部读完后开放。').length).toBeGreaterThan(0);
  expect(within(final).getByText('通过全部模块测验和结业考试后，即可获得结业证书。')).toBeInTheDocument();
  expect(within(final).queryByRole('link')).not.toBeInTheDocument();
});

test('the course’s length reads in hours and minutes, not as a raw count of minutes, in both languages', async () => {
  const { user } = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: '销售目标学院' });
  expect(screen.getByText(/^共 10 个模块，约 \d+小时(\d+分钟)?。/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'English' }));
  await screen.findByRole('heading', { level: 1, name: 'Sales Target Academy' });
  expect(screen.getByText(/^10 modules, about \d+ hours?( \d+ minutes?)?\. /)).toBeInTheDocument();
});
