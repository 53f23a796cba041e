import { expect, test, vi } from 'vitest';
import { fireEvent, renderApp, screen, within } from '../../../tests/setup/render';
import { restoreStored } from '../../domain';
import { sandboxFormat } from '../../stores/sandbox-schema';
import { SANDBOX_KEY, useSandboxStore } from '../../stores/sandbox-store';

test('the action plan is suggested from the funnel plan, edited, trimmed, and exported', async () => {
  const { user } = renderApp('/practice/sandbox');
  const section = await screen.findByRole('region', { name: '行动计划' });
  expect(within(section).getByText('还没有行动。可以先按漏斗计划生成建议，再逐项修改。')).toBeInTheDocument();
  await user.click(within(section).getByRole('button', { name: '按漏斗计划生成建议' }));
  expect(within(section).getByRole('textbox', { name: '第 1 行：关键活动' })).toHaveValue('开发新线索');
  expect(within(section).getByRole('textbox', { name: '第 1 行：频率' })).toHaveValue('每周 37 条');
  expect(within(section).getByLabelText('第 1 行：开始日期')).toHaveValue('2027-01-01');

  const owner = within(section).getByRole('textbox', { name: '第 2 行：负责人' });
  await user.clear(owner);
  await user.type(owner, '李娜');
  await user.click(within(section).getByRole('button', { name: '删除第 3 行' }));
  expect(useSandboxStore.getState().sandbox!.actionPlan.map((r) => r.owner)).toEqual(['张伟', '李娜']);
  // The button pressed went away with its row: focus goes to the row now in its place (here the last one).
  expect(within(section).getByRole('button', { name: '删除第 2 行' })).toHaveFocus();

  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:plan'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(within(section).getByRole('button', { name: '导出行动计划 CSV' }));
  const csv = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blobs[0]!);
  });
  expect(csv).toContain('"关键活动","频率","所需资源","负责人","开始日期","截止日期","监控指标"');
  expect(csv).toContain('"需求确认拜访","每周 15 次","CRM、客户名单、演示资料","李娜","2027-01-01","2027-12-31"');
});

test('the action plan never grows past what a saved plan holds: cells stop at their length and the suggestion stops before 40 rows', async () => {
  const { user } = renderApp('/practice/sandbox');
  const section = await screen.findByRole('region', { name: '行动计划' });
  const suggest = within(section).getByRole('button', { name: '按漏斗计划生成建议' });
  for (let i = 0; i < 13; i++) await user.click(suggest);
  expect(within(section).getByRole('textbox', { name: '第 39 行：关键活动' })).toBeInTheDocument();
  expect(suggest).toBeDisabled();

  const activity = within(section).getByRole('textbox', { name: '第 1 行：关键活动' });
  await user.clear(activity);
  await user.click(activity);
  await user.paste('拜访'.repeat(150));
  expect((activity as HTMLInputElement).value).toHaveLength(200);

  expect(restoreStored(localStorage.getItem(SANDBOX_KEY), sandboxFormat, '2026-12-05T00:00:00Z').recovered).toBeUndefined();
});

test('an action whose end date is before its start date is pointed out on the end date', async () => {
  const { user } = renderApp('/practice/sandbox');
  const section = await screen.findByRole('region', { name: '行动计划' });
  await user.click(within(section).getByRole('button', { name: '添加一行' }));
  const start = within(section).getByLabelText('第 1 行：开始日期');
  const end = within(section).getByLabelText('第 1 行：截止日期');
  fireEvent.change(start, { target: { value: '2027-06-30' } });
  fireEvent.change(end, { target: { value: '2027-06-01' } });
  expect(end).toHaveAccessibleDescription('截止日期早于开始日期。');
  fireEvent.change(end, { target: { value: '2027-12-31' } });
  expect(end).not.toHaveAccessibleDescription('截止日期早于开始日期。');
});
