import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { useSandboxStore } from '../../stores/sandbox-store';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  useSettingsStore.setState({ locale: 'zh-CN' });
  vi.restoreAllMocks();
});

/** The text of the CSV the export button hands to the browser. */
async function exportedCsv(click: () => Promise<void>) {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:plan'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await click();
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blobs[0]!);
  });
}

test('in English the sandbox writes amounts as full figures, and the fields are typed in RMB million', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const { user } = renderApp('/practice/sandbox');
  await user.selectOptions(await screen.findByLabelText('Start from'), screen.getByRole('option', { name: 'Huakang Medical Devices' }));

  const annual = screen.getByRole('textbox', { name: 'Yearly target (RMB million)' });
  expect(annual).toHaveValue('33.6');
  expect(screen.getByText('Total RMB 33.6 million, equal to the yearly target ✓')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'By quarter' });
  // The table gives exact figures under a header naming the unit; the chart and sentences say them as people do.
  expect(within(table).getByRole('columnheader', { name: 'Target (RMB)' })).toBeInTheDocument();
  expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toContain('33,600,000');
  expect(screen.getByRole('img', { name: 'By quarter: target distribution' })).toHaveTextContent(/RMB \d+(\.\d+)? million/);
  expect(screen.queryByText(/10,000/)).not.toBeInTheDocument();

  // What is typed is what is shown: 60 in the million field is a target of RMB 60 million.
  await user.clear(annual);
  await user.type(annual, '60');
  expect(useSandboxStore.getState().sandbox!.plan.annualTarget).toBe(60_000_000);
  expect(screen.getByText('Total RMB 60 million, equal to the yearly target ✓')).toBeInTheDocument();
  expect(screen.getByRole('option', { name: 'Total · RMB 60 million' })).toBeInTheDocument();
  // A plan keeps whole 10,000-yuan steps, so a third decimal of a million is refused, in English,
  // and changes nothing: the 48.25 typed on the way does not stay in force.
  await user.clear(annual);
  await user.type(annual, '48.255');
  expect(annual).toHaveAccessibleDescription('Amounts go in steps of RMB 10,000: use at most two decimals, such as 48.25.');
  expect(useSandboxStore.getState().sandbox!.plan.annualTarget).toBe(60_000_000);
  await user.type(annual, '{Backspace}');
  expect(useSandboxStore.getState().sandbox!.plan.annualTarget).toBe(48_250_000);

  // The method's inputs are millions too, and are kept in 万元 as plans and shared links hold them.
  await user.click(screen.getByRole('radio', { name: 'Growth method' }));
  const lastYear = screen.getByRole('textbox', { name: 'Last year’s actual (RMB million)' });
  await user.clear(lastYear);
  await user.type(lastYear, '48');
  expect(useSandboxStore.getState().sandbox!.inputs.lastYear).toBe(4800);
  expect(screen.getByText(/^Last year RMB 48 million × \(1 \+ market growth/)).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Bottom-up' }));
  const commitments = screen.getByRole('textbox', { name: 'Each person’s commitment (RMB million, comma-separated)' });
  await user.clear(commitments);
  await user.type(commitments, '12, 8.5');
  expect(commitments).toHaveValue('12, 8.5');
  expect(useSandboxStore.getState().sandbox!.inputs.commitments).toBe('1200, 850');
  expect(screen.getByText('The commitments of 2 people added up = RMB 20.5 million')).toBeInTheDocument();

  const csv = await exportedCsv(() => user.click(screen.getByRole('button', { name: 'Download CSV' })));
  expect(csv).toContain('"Breakdown","Name","Target (RMB)","Share"');
  expect(csv).toContain('"By quarter","Q1","8680000"');
});

test('in Chinese the sandbox keeps 万元 as the deck writes it', async () => {
  const { user } = renderApp('/practice/sandbox');
  await user.selectOptions(await screen.findByLabelText('从哪里开始'), screen.getByRole('option', { name: '华康医疗器械' }));
  expect(screen.getByRole('textbox', { name: '年度目标（万元）' })).toHaveValue('3360');
  expect(screen.getByText('合计 3,360 万元，与年度目标一致 ✓')).toBeInTheDocument();
  const table = screen.getByRole('table', { name: '按季度' });
  expect(within(table).getByRole('columnheader', { name: '目标（万元）' })).toBeInTheDocument();
  expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toContain('3,360');

  const csv = await exportedCsv(() => user.click(screen.getByRole('button', { name: '下载 CSV' })));
  expect(csv).toContain('"目标（万元）"');
  expect(csv).toContain('"按季度","第1季度","605"');
});

test('commitments that cannot be read are named in the trainee’s language, and the last readable list stays in force', async () => {
  const { user } = renderApp('/practice/sandbox');
  await user.click(await screen.findByRole('radio', { name: '自下而上' }));
  const commitments = screen.getByRole('textbox', { name: '每人承诺（万元，用逗号分隔）' });
  await user.clear(commitments);
  await user.type(commitments, '500，300,');
  // A trailing comma is nobody's commitment.
  expect(screen.getByText('2 人的承诺相加 = 800')).toBeInTheDocument();
  expect(commitments).not.toHaveAttribute('aria-invalid');

  await user.type(commitments, ' 二百, -5');
  expect(commitments).toHaveAccessibleDescription('无法读取：二百和-5。请输入不小于 0 的整数（万元），用逗号分隔，例如 500, 300。');
  expect(commitments).toHaveValue('500，300, 二百, -5');
  expect(useSandboxStore.getState().sandbox!.inputs.commitments).toBe('500，300, ');
  expect(screen.getByText('2 人的承诺相加 = 800')).toBeInTheDocument();
  // Leaving the field keeps what was typed beside its error, to be put right.
  await user.tab();
  expect(commitments).toHaveValue('500，300, 二百, -5');

  await user.clear(commitments);
  await user.type(commitments, '500, 200');
  expect(commitments).not.toHaveAttribute('aria-invalid');
  expect(screen.getByText('2 人的承诺相加 = 700')).toBeInTheDocument();
});

test('in English one deal to close is singular, more are plural', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const { user } = renderApp('/practice/sandbox');
  await user.selectOptions(await screen.findByLabelText('Start from'), screen.getByRole('option', { name: 'Huakang Medical Devices' }));
  const annual = screen.getByRole('textbox', { name: 'Yearly target (RMB million)' });
  await user.clear(annual);
  await user.type(annual, '60');
  const dealSize = screen.getByRole('textbox', { name: 'Average deal size (RMB million)' });
  await user.clear(dealSize);
  await user.type(dealSize, '60');
  await user.tab();
  expect(screen.getByRole('combobox', { name: 'Plan the funnel for' })).toHaveDisplayValue('Total · RMB 60 million');
  expect(await screen.findByText('1 deal to close')).toBeInTheDocument();
  await user.clear(dealSize);
  await user.type(dealSize, '30');
  await user.tab();
  expect(await screen.findByText('2 deals to close')).toBeInTheDocument();
});
