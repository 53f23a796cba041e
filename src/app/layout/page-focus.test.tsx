import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';

test('following a link that goes away with its page puts focus on the new page\'s heading, so it is announced and Tab goes on from there', async () => {
  const { user } = renderApp('/');
  await user.click(await screen.findByRole('link', { name: 'SMART 目标练习' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'SMART 目标练习' });
  await expect.poll(() => document.activeElement).toBe(heading);

  await user.click(screen.getAllByRole('link', { name: '课程首页' })[0]!);
  // A link that stays (the header's) keeps focus: the page only takes focus that was lost.
  expect(await screen.findByRole('heading', { level: 1, name: '销售目标学院' })).toBeInTheDocument();
  expect(screen.getAllByRole('link', { name: '课程首页' })[0]).toHaveFocus();
});
