import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';

/** Picks 华康医疗器械 (yearly target 3360 万元) and locks 江苏 at 1000 万元 (typed as 10 million in English), as a trainee would. */
async function lockJiangsu(amount = '1000') {
  const app = renderApp('/practice/sandbox');
  const { user } = app;
  await user.selectOptions(await screen.findByLabelText(/^(从哪里开始|Start from)$/), screen.getByRole('option', { name: /^(华康医疗器械|Huakang Medical Devices)$/ }));
  await user.click(screen.getByRole('button', { name: /^(按区域|By region)$/ }));
  await user.click(screen.getByRole('checkbox', { name: /^(锁定「江苏」|Lock “Jiangsu”)$/ }));
  const value = screen.getByRole('textbox', { name: /^(「江苏」的锁定值（万元）|Locked value of “Jiangsu” \(RMB million\))$/ });
  await user.clear(value);
  await user.type(value, amount);
  return app;
}

test('typing a higher yearly target key by key keeps the lock; a target below it releases it and says which, in Chinese', async () => {
  const { user } = await lockJiangsu();
  const annual = screen.getByRole('textbox', { name: '年度目标（万元）' });
  // On the way to 4000 the field reads 4: that moment must not cost the trainee their lock.
  await user.clear(annual);
  await user.type(annual, '4000');
  expect(screen.getByRole('checkbox', { name: '锁定「江苏」' })).toBeChecked();
  expect(screen.getByRole('textbox', { name: '「江苏」的锁定值（万元）' })).toHaveValue('1000');
  expect(screen.queryByText(/已解除锁定/)).not.toBeInTheDocument();
  await user.tab();

  await user.clear(annual);
  await user.type(annual, '800');
  expect(screen.getByRole('checkbox', { name: '锁定「江苏」' })).not.toBeChecked();
  expect(await screen.findByText('年度目标调到 800 万元后，「江苏」（按区域）锁定的 1,000 万元已解除锁定：各项锁定值合计不能超过年度目标。')).toBeInTheDocument();
  expect(screen.getByText('部分锁定已解除').closest('[role="status"]')).not.toBeNull();
});

test('the released lock is told in English to an English-speaking trainee', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const { user } = await lockJiangsu('10');
  const annual = screen.getByRole('textbox', { name: 'Yearly target (RMB million)' });
  await user.clear(annual);
  await user.type(annual, '5');
  expect(
    await screen.findByText('With the yearly target at RMB 5 million, the lock on “Jiangsu” (By region, RMB 10 million) was released: locked values together cannot exceed the yearly target.'),
  ).toBeInTheDocument();
  useSettingsStore.setState({ locale: 'zh-CN' });
});
