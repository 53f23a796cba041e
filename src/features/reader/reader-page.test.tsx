import { expect, test } from 'vitest';
import { fireEvent, renderApp, screen, waitFor } from '../../../tests/setup/render';
import { useProgressStore } from '../../stores/progress-store';

const slides01 = ['part-overview', 'what-is-a-sales-target', 'why-targets-matter', 'smart-criteria', 'target-types'];

test('reads a module slide by slide, with focus on each new slide and progress recorded', async () => {
  const { user, router } = renderApp('/modules/01-foundations');
  const first = await screen.findByRole('heading', { level: 2, name: '第一部分 销售目标基础' });
  await waitFor(() => expect(first).toHaveFocus());
  expect(router.state.location.pathname).toBe('/modules/01-foundations/part-overview');
  expect(screen.getByText('第 1 页，共 5 页')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /上一页/ })).not.toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: /下一页/ }));
  const second = await screen.findByRole('heading', { level: 2, name: '什么是销售目标？' });
  await waitFor(() => expect(second).toHaveFocus());
  expect(screen.queryByRole('heading', { level: 2, name: '第一部分 销售目标基础' })).not.toBeInTheDocument();

  await user.keyboard('{ArrowRight}');
  expect(await screen.findByRole('heading', { level: 2, name: '销售目标的重要性' })).toBeInTheDocument();
  await user.keyboard('{ArrowLeft}');
  expect(await screen.findByRole('heading', { level: 2, name: '什么是销售目标？' })).toBeInTheDocument();

  const seen = Object.keys(useProgressStore.getState().progress.modules['01-foundations']!.seen);
  expect(seen.sort()).toEqual(['part-overview', 'what-is-a-sales-target', 'why-targets-matter'].sort());
});

test('the last slide finishes the module and says so', async () => {
  for (const id of slides01.slice(0, -1)) useProgressStore.getState().markSeen('01-foundations', id);
  const { user } = renderApp('/modules/01-foundations/target-types');
  await screen.findByRole('heading', { level: 2, name: '销售目标类型' });
  await user.click(screen.getByRole('link', { name: /完成本模块/ }));
  expect(await screen.findByRole('heading', { level: 1, name: '已读完：销售目标基础' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /下一个模块/ })).toBeInTheDocument();
  useProgressStore.setState({ progress: { modules: {} } });
});

test('the table of contents jumps to any slide and marks the current one', async () => {
  const { user } = renderApp('/modules/01-foundations/part-overview');
  await screen.findByRole('heading', { level: 2, name: '第一部分 销售目标基础' });
  const toc = screen.getByRole('navigation', { name: '目录' });
  expect(toc.querySelector('[aria-current="step"]')).toHaveTextContent('第一部分 销售目标基础');
  await user.click(screen.getByRole('link', { name: /有效销售目标的特征/ }));
  expect(await screen.findByRole('heading', { level: 2, name: /有效销售目标的特征/ })).toBeInTheDocument();
  useProgressStore.setState({ progress: { modules: {} } });
});

test('trainer notes are hidden until asked for', async () => {
  const { user } = renderApp('/modules/01-foundations/part-overview');
  await screen.findByRole('heading', { level: 2, name: '第一部分 销售目标基础' });
  expect(screen.queryByRole('complementary', { name: '讲师备注' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: '显示讲师备注' }));
  expect(screen.getByRole('complementary', { name: '讲师备注' })).toBeInTheDocument();
  useProgressStore.setState({ progress: { modules: {} } });
});

test('an unknown module says so and links home; an unknown slide opens the first', async () => {
  renderApp('/modules/99-nope');
  expect(await screen.findByText('找不到这个模块。')).toBeInTheDocument();
});

test('an unknown slide id opens the module at its first slide', async () => {
  const { router } = renderApp('/modules/01-foundations/no-such-slide');
  await screen.findByRole('heading', { level: 2, name: '第一部分 销售目标基础' });
  expect(router.state.location.pathname).toBe('/modules/01-foundations/part-overview');
  useProgressStore.setState({ progress: { modules: {} } });
});

test('slide keys pressed at once each turn a slide', async () => {
  // A module no other test here opens: each of its slides is drawn for the first time.
  renderApp('/modules/02-setting/part-overview');
  const first = await screen.findByRole('heading', { level: 2, name: '第二部分 销售目标制定' });
  // Each key arrives before anything else runs: the reader must still be listening for the next.
  fireEvent.keyDown(first, { key: 'ArrowRight' });
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'ArrowRight' });
  expect(await screen.findByRole('heading', { level: 2, name: '目标设定方法论' })).toBeInTheDocument();
  expect(screen.getByText('第 4 页，共 6 页')).toBeInTheDocument();
  useProgressStore.setState({ progress: { modules: {} } });
});
