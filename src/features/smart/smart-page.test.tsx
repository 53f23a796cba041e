import { afterEach, beforeEach, expect, onTestFinished, test, vi } from 'vitest';
import { renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { useGoalsStore } from '../../stores/goals-store';
import { useSettingsStore } from '../../stores/settings-store';

// The course's companies plan for 2027: the page's date is pinned before then, so their deadlines
// are still ahead whatever year the tests run in (only Date is faked; the page's timers run).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const verdictOf = (name: string) => within(screen.getByRole('list', { name: 'SMART 检查' })).getByText(name).closest('li')!;

test('the five criteria follow the goal as it is typed, and a saved goal can be exported', { timeout: 30_000 }, async () => {
  const { user } = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  await user.type(goal, '提高业绩');
  // The verdicts are announced once typing settles.
  await waitFor(() =>
    expect(screen.getByText(/已满足 0\/5 项。未满足或无法判断：明确具体、可衡量、可实现、相关性和时限性/)).toHaveAttribute('aria-live', 'polite'),
  );
  expect(verdictOf('明确具体')).toHaveTextContent('太笼统');
  expect(verdictOf('可衡量')).toHaveTextContent('没有数字');
  expect(verdictOf('时限性')).toHaveTextContent('未满足');

  await user.clear(goal);
  await user.type(goal, '2027年底前，华东云协同套件的销售额达到2,000万元');
  await waitFor(() => expect(screen.getByText('五项全部满足。')).toBeInTheDocument());
  for (const c of ['明确具体', '可衡量', '可实现', '相关性', '时限性']) expect(verdictOf(c)).toHaveTextContent('满足');
  expect(screen.getByText('2,000万元')).toBeInTheDocument();
  expect(screen.getByText('2027年底')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: '保存到我的目标' }));
  expect(screen.getByRole('status')).toHaveTextContent('已保存到我的目标。');
  const saved = screen.getByRole('region', { name: '我的目标' });
  expect(within(saved).getByText('2027年底前，华东云协同套件的销售额达到2,000万元')).toBeInTheDocument();
  expect(useGoalsStore.getState().goals[0]!.verdicts.achievable).toBe('met');

  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    created.push(b as Blob);
    return 'blob:goals';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(within(saved).getByRole('button', { name: '导出为 CSV' }));
  const csv = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(created[0]!);
  });
  expect(csv).toContain('"目标","公司","语言","保存时间","明确具体","可衡量","可实现","相关性","时限性"');
  expect(csv).toContain('"2027年底前，华东云协同套件的销售额达到2,000万元","云启软件","zh-CN"');

  await user.click(within(saved).getByRole('button', { name: /删除这个目标/ }));
  expect(within(saved).getByText('还没有保存的目标。')).toBeInTheDocument();
  // The button pressed went away with its goal: focus stays in the list's section, not lost to the page.
  expect(within(saved).getByRole('heading', { name: '我的目标' })).toHaveFocus();
});

test('an empty goal is not saved, and the trainee is told why', async () => {
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('button', { name: '保存到我的目标' }));
  expect(screen.getByRole('status')).toHaveTextContent('请先写一个目标。');
  expect(useGoalsStore.getState().goals).toEqual([]);
  // Once a goal is being written, the reason no longer applies and goes.
  await user.type(screen.getByRole('textbox', { name: '你的目标' }), '2027年底前');
  expect(screen.getByRole('status')).toHaveTextContent(/^$/);
});

test('the example rewrite fits the chosen company and goal type, and can be used', async () => {
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /华康医疗器械/ }));
  await user.selectOptions(screen.getByRole('combobox', { name: '目标类型' }), '数量目标');
  const exampleButton = screen.getByRole('button', { name: '给我一个改写示例' });
  expect(exampleButton).toHaveAttribute('aria-expanded', 'false');
  await user.click(exampleButton);
  expect(exampleButton).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('2027年底前，上海医疗设备销量达到150台')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: '用这个示例' }));
  expect(screen.getByRole('textbox', { name: '你的目标' })).toHaveValue('2027年底前，上海医疗设备销量达到150台');
  await waitFor(() => expect(screen.getByText('五项全部满足。')).toBeInTheDocument());
});

test('the page shows its working: the goal’s own baseline, the change and the band it was compared with', async () => {
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /华康医疗器械/ }));
  const goal = screen.getByRole('textbox', { name: '你的目标' });
  // The empty box holds a model goal for this company.
  expect(goal).toHaveAttribute('placeholder', '例如：2027年第三季度末前，上海医疗设备的销售额达到290万元');
  await user.click(goal);
  await user.paste('2027年第二季度末前，把华东区医疗器械新客户签约额从300万提高到360万');
  const working = await screen.findByRole('region', { name: '可实现性怎样判断' });
  expect(within(working).getByText('300万元（来自你的目标）')).toBeInTheDocument();
  expect(within(working).getByText('+20%')).toBeInTheDocument();
  expect(within(working).getByText('0% 至 +42%')).toBeInTheDocument();
  expect(verdictOf('可实现')).toHaveTextContent('满足');
  expect(verdictOf('可实现')).toHaveTextContent('你写的起点 300万元 与公司的数据 600万元 相差较大');
});

test('in English, a company figure is named as the source and a planned cut of costs reads as a reduction', async () => {
  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  const goal = screen.getByRole('textbox', { name: 'Your goal' });
  await user.click(goal);
  await user.paste('By the end of 2027, reach RMB 40 million in cloud collaboration suite revenue');
  const working = await screen.findByRole('region', { name: 'How Achievable was judged' });
  // The suite is 7 of the company's 10 product weights: RMB 48 million × 70%.
  expect(within(working).getByText('RMB 33.6 million (Cloud Collaboration Suite: 70% of the company’s figure for the same period last year)')).toBeInTheDocument();
  expect(within(working).getByText('+19%')).toBeInTheDocument();
  expect(within(working).getByText('0% to +55%')).toBeInTheDocument();
  await user.clear(goal);
  await user.paste('Reduce customer churn in East China from 10% to 12% by the end of 2027');
  await waitFor(() => expect(within(screen.getByRole('list', { name: 'SMART check' })).getByText(/lower is better, but the goal lets it get worse \(a change of 20%\)/)).toBeInTheDocument());
  expect(within(screen.getByRole('region', { name: 'How Achievable was judged' })).getByText('-30% to 0%')).toBeInTheDocument();
});

test('a goal is read in the language it is written in, whatever the page’s, and the feedback is in the page’s', async () => {
  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  await user.click(screen.getByRole('textbox', { name: 'Your goal' }));
  await user.paste('2027年第三季度，华东地区企业级客户的云协同套件销售额达到1500万元');
  const check = screen.getByRole('list', { name: 'SMART check' });
  await waitFor(() => expect(within(check).getByText(/^Has a time limit/)).toBeInTheDocument());
  expect(screen.getByText('RMB 15 million')).toBeInTheDocument();
  for (const c of ['Specific', 'Measurable', 'Relevant', 'Time-bound']) {
    const item = within(check).getByText(c).closest('li')!;
    expect(within(item).getByText('Met')).toBeInTheDocument();
  }
  await user.click(screen.getByRole('button', { name: 'Save to my goals' }));
  expect(useGoalsStore.getState().goals[0]!.locale).toBe('zh-CN');
  expect(within(screen.getByRole('region', { name: 'My goals' })).getByText(/云协同套件/)).toHaveAttribute('lang', 'zh-CN');
});

test('a rate’s change is shown in percentage points, and an amount in dollars is shown as dollars and not compared with yuan', async () => {
  const { user } = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  await user.click(goal);
  await user.paste('2027年Q3，华东区云服务毛利率提升5个百分点');
  const working = await screen.findByRole('region', { name: '可实现性怎样判断' });
  expect(within(working).getByText('+5 个百分点')).toBeInTheDocument();
  expect(within(working).getByText('0 个百分点 至 +9.5 个百分点')).toBeInTheDocument();
  expect(verdictOf('可实现')).toHaveTextContent('从 62% 到 67%（+5 个百分点）');

  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
  const box = await screen.findByRole('textbox', { name: 'Your goal' });
  await user.clear(box);
  await user.paste('Reach $2M in enterprise bookings in East China by Q4 2027');
  const check = screen.getByRole('list', { name: 'SMART check' });
  await waitFor(() => expect(within(check).getByText(/The target is in USD \(US Dollar\), but the company’s figures are in yuan/)).toBeInTheDocument());
  expect(screen.getByText('$2,000,000')).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'How Achievable was judged' })).not.toBeInTheDocument();
});

test('a goal longer than the analyzer reads is counted, warned about and not saved, and stays in the box', async () => {
  const { user } = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  expect(screen.getByText('0 / 2,000 字')).toBeInTheDocument();
  await user.click(goal);
  const long = `2027年底前，华东云协同套件的销售额达到2,000万元${'。'.repeat(2000)}`;
  await user.paste(long);
  expect(screen.getByText(/^2,028 \/ 2,000 字：只检查前 2,000 字，其余 28 字不会被读取。/)).toBeInTheDocument();
  expect(goal).toHaveAttribute('aria-invalid', 'true');
  await user.click(screen.getByRole('button', { name: '保存到我的目标' }));
  expect(screen.getByRole('status')).toHaveTextContent('这个目标超过了 2,000 字，没有保存。');
  expect(useGoalsStore.getState().goals).toEqual([]);
  expect(goal).toHaveValue(long);
});

test('a double click on save keeps the goal once, and says it is already saved', async () => {
  const { user } = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  await user.click(goal);
  await user.paste('2027年底前，华东云协同套件的销售额达到2,000万元');
  await user.dblClick(screen.getByRole('button', { name: '保存到我的目标' }));
  expect(useGoalsStore.getState().goals).toHaveLength(1);
  expect(screen.getByRole('status')).toHaveTextContent('这个目标已经在我的目标里了。');
  expect(within(screen.getByRole('region', { name: '我的目标' })).getAllByRole('listitem')).toHaveLength(1);
});

test('English feedback reads as English: lists joined with “and” or “or”, metric names in lower case, the deadline quoted', async () => {
  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
  const { user } = renderApp('/practice/smart');
  await user.click(await screen.findByRole('radio', { name: /Yunqi Software/ }));
  const goal = screen.getByRole('textbox', { name: 'Your goal' });
  expect(goal.getAttribute('placeholder')).toMatch(/^For example: “By the end of Q3 2027, .+”$/);
  await user.click(goal);
  await user.paste('By the end of 2027, reach RMB 20 million in enterprise revenue in East China');
  const check = screen.getByRole('list', { name: 'SMART check' });
  await waitFor(() => expect(within(check).getByText('Names the metric (revenue) and the scope (enterprise and East China).')).toBeInTheDocument());
  expect(within(check).getByText('Has a time limit: “By the end of 2027”.')).toBeInTheDocument();
  expect(within(check).getByText('Linked to the company’s priorities: enterprise and East China.')).toBeInTheDocument();
  expect(check.textContent).not.toMatch(/[、，]/);
  await user.clear(goal);
  await user.paste('Reach RMB 20 million in revenue by the end of 2027 through partners');
  await waitFor(() =>
    expect(within(check).getByText('Names none of the company’s priorities. Hint: link the goal to one of them: enterprise customers, SMEs, cloud services, or East China.')).toBeInTheDocument(),
  );
});

test('Chinese feedback joins lists the Chinese way', async () => {
  const { user } = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  await user.click(goal);
  await user.paste('2027年底前，华东区企业级客户的销售额达到2,000万元');
  await waitFor(() => expect(verdictOf('明确具体')).toHaveTextContent('写明了指标（销售额）和范围（华东和企业级客户）。'));
  expect(verdictOf('时限性')).toHaveTextContent('有时间期限：“2027年底”。');
});

test('the goal being written, its company and its type are still there after leaving the page and coming back', async () => {
  const first = renderApp('/practice/smart');
  const goal = await screen.findByRole('textbox', { name: '你的目标' });
  await first.user.selectOptions(screen.getByRole('combobox', { name: '目标类型' }), '客户获取目标');
  await first.user.click(goal);
  await first.user.paste('2027年底前华东新客户数增加30家');
  first.unmount();

  renderApp('/practice/smart');
  expect(await screen.findByRole('textbox', { name: '你的目标' })).toHaveValue('2027年底前华东新客户数增加30家');
  expect(screen.getByRole('combobox', { name: '目标类型' })).toHaveDisplayValue('客户获取目标');
});
