import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { restoreStored } from '../../domain';
import { SANDBOX_KEY } from '../../stores/sandbox-store';
import { sandboxFormat } from '../../stores/sandbox-schema';

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

test('a growth or amount the saved plan could not hold is refused with its range, so a reload never loses the plan', async () => {
  const { user } = renderApp('/practice/sandbox');
  const growth = await screen.findByLabelText('市场增长率（%）');
  await user.clear(growth);
  await user.type(growth, '2000');
  expect(growth).toHaveAccessibleDescription('请输入 -100 到 1,000 之间的数字。');

  const lastYear = screen.getByLabelText('去年实际（万元）');
  await user.clear(lastYear);
  await user.type(lastYear, '999999999999');
  expect(lastYear).toHaveAccessibleDescription(/数字过大/);

  // Inside each field's limits, the method's result can still be more than a plan holds.
  await user.clear(lastYear);
  await user.type(lastYear, '9000000');
  await user.clear(growth);
  await user.type(growth, '900');
  const use = screen.getByRole('button', { name: '采用这个结果' });
  expect(use).toBeDisabled();
  expect(use).toHaveAccessibleDescription(/数字过大/);

  expect(restoreStored(localStorage.getItem(SANDBOX_KEY), sandboxFormat, '2026-12-05T00:00:00Z').recovered).toBeUndefined();
});

test('a monthly actual, a weight or a number of years past what a plan holds is refused with the reason', async () => {
  const { user } = renderApp('/practice/sandbox');
  const actual = await screen.findByLabelText('1月实际（万元）');
  await user.type(actual, '99999999999');
  expect(actual).toHaveAccessibleDescription(/数字过大/);

  await user.click(screen.getByRole('button', { name: '按人员' }));
  const years = screen.getAllByLabelText(/的从业年限/)[0]!;
  await user.clear(years);
  await user.type(years, '99');
  expect(years).toHaveAccessibleDescription('请输入 0 到 60 之间的数字。');

  expect(restoreStored(localStorage.getItem(SANDBOX_KEY), sandboxFormat, '2026-12-05T00:00:00Z').recovered).toBeUndefined();
});

test('a list of commitments longer than a saved plan holds stays in the field with the reason, and the saved plan still loads', async () => {
  const { user } = renderApp('/practice/sandbox');
  await user.click(await screen.findByRole('radio', { name: '自下而上' }));
  const commitments = screen.getByLabelText('每人承诺（万元，用逗号分隔）');
  const long = Array.from({ length: 90 }, (_, i) => String(100 + i)).join(', ');
  await user.clear(commitments);
  await user.click(commitments);
  await user.paste(long);
  expect(commitments).toHaveValue(long);
  expect(commitments).toHaveAccessibleDescription(/承诺列表太长，最多 400 个字符/);
  expect(restoreStored(localStorage.getItem(SANDBOX_KEY), sandboxFormat, '2026-12-05T00:00:00Z').recovered).toBeUndefined();
});
