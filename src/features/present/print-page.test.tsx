import { expect, test } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';

test('the print page lays out every slide, one per page, with the notes only when asked', async () => {
  const { user, router } = renderApp('/present/01-foundations/print');
  expect(await screen.findByRole('heading', { level: 1, name: '打印讲义：销售目标基础' })).toBeInTheDocument();
  const pages = screen.getAllByRole('listitem', { name: /^第 \d 页$/ });
  expect(pages).toHaveLength(5);
  expect(await within(pages[3]!).findByRole('heading', { level: 2, name: /有效销售目标的特征/ })).toBeInTheDocument();
  expect(screen.queryByRole('complementary')).not.toBeInTheDocument();

  await user.click(screen.getByRole('checkbox', { name: '包含讲师备注' }));
  expect(router.state.location.search).toBe('?notes=1');
  await waitFor(() => expect(screen.getAllByRole('complementary', { name: /^第 \d 页讲师备注$/ })).toHaveLength(5));
  expect(within(pages[0]!).getByRole('complementary')).toHaveTextContent('部分首页，约2分钟');
  expect(screen.getByRole('button', { name: '打印 / 保存为 PDF' })).toBeInTheDocument();
});
