import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';

test('zero is refused where only a positive amount makes sense, with that reason (not "cannot be negative"), and a huge number is refused too', async () => {
  const { user } = renderApp('/practice/sandbox');
  const deal = await screen.findByLabelText('平均客单价（万元）');
  await user.clear(deal);
  await user.type(deal, '0');
  expect(deal).toHaveAccessibleDescription('请输入大于 0 的数。');

  const target = screen.getByLabelText('年度目标（万元）');
  await user.clear(target);
  await user.type(target, '0');
  expect(target).toHaveAccessibleDescription('请输入大于 0 的数。');
  await user.clear(target);
  await user.type(target, '99999999999999999');
  expect(target).toHaveAccessibleDescription(/数字过大/);
});
