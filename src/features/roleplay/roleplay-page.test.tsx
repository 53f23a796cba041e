import { expect, onTestFinished, test } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { finishRun } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { useSettingsStore } from '../../stores/settings-store';

test('in "type your own answer first" mode the options appear after writing, and the words are kept', async () => {
  const { user } = renderApp('/practice/roleplay/price');
  await user.click(await screen.findByRole('radio', { name: '先自己写回答，再选最接近的选项' }));
  await user.click(screen.getByRole('button', { name: '开始对话' }));
  const reply = screen.getByRole('region', { name: '你的回答' });
  expect(within(reply).queryAllByRole('listitem')).toHaveLength(0);
  await user.type(within(reply).getByRole('textbox', { name: '先写下你会怎么说' }), '王经理，您具体是和哪家的报价比较的？');
  await user.click(within(reply).getByRole('button', { name: '显示选项' }));
  expect(within(reply).getByText('选出最接近你想法的回答')).toBeInTheDocument();
  const options = within(reply).getAllByRole('button');
  await user.click(options[0]!);
  expect(useRoleplayStore.getState().roleplay.active.price!.typed).toEqual(['王经理，您具体是和哪家的报价比较的？']);
  expect(screen.getByRole('log', { name: '对话记录' })).toHaveTextContent('你先写的是：王经理，您具体是和哪家的报价比较的？');
}, 20_000); // typing key by key is slow on a loaded machine

test('in own-words mode the typed reply is read: its step, the words that decided it and a warning are shown, and the run keeps the step', async () => {
  const { user } = renderApp('/practice/roleplay/price');
  await user.click(await screen.findByRole('radio', { name: '用自己的话回答：系统识别你的回答属于 LSCPA 的哪一步' }));
  await user.click(screen.getByRole('button', { name: '开始对话' }));
  const reply = screen.getByRole('region', { name: '你的回答' });
  // The start button went away: the keyboard lands where the reply is written, not at the page's start.
  expect(within(reply).getByRole('textbox', { name: '用自己的话写下你的回答' })).toHaveFocus();
  await user.click(within(reply).getByRole('button', { name: '发送回答' }));
  expect(within(reply).getByRole('alert')).toHaveTextContent('请先写下你的回答，或从选项中选择。');
  expect(useRoleplayStore.getState().roleplay.active.price!.choices).toEqual([]);

  await user.type(within(reply).getByRole('textbox', { name: '用自己的话写下你的回答' }), '好吧，那我直接给您打八折。');
  // Once a reply is written, the reason about the empty one goes.
  expect(within(reply).queryByRole('alert')).toBeNull();
  await user.click(within(reply).getByRole('button', { name: '发送回答' }));
  const log = screen.getByRole('log', { name: '对话记录' });
  expect(log).toHaveTextContent('好吧，那我直接给您打八折。');
  expect(log).toHaveTextContent('你的回答：不属于 LSCPA 的任何一步');
  expect(log).toHaveTextContent('依据：“八折”');
  expect(within(log).getByRole('list', { name: '需要避免' })).toHaveTextContent('无条件让步');
  expect(useRoleplayStore.getState().roleplay.active.price!.steps).toEqual(['none']);

  await user.click(within(screen.getByRole('region', { name: '你的回答' })).getByRole('button', { name: '改为从选项中选择' }));
  const options = within(screen.getByRole('region', { name: '你的回答' })).getAllByRole('button');
  await user.click(options[0]!);
  expect(useRoleplayStore.getState().roleplay.active.price!.steps).toEqual(['none', null]);
}, 20_000);

test('an unknown role-play says so', async () => {
  renderApp('/practice/roleplay/haggling');
  expect(await screen.findByText('找不到这个角色扮演。')).toBeInTheDocument();
});

test('a reply over the length limit is counted as it is typed, refused with the reason, and kept in the box', async () => {
  const { user } = renderApp('/practice/roleplay/price');
  await user.click(await screen.findByRole('radio', { name: '用自己的话回答：系统识别你的回答属于 LSCPA 的哪一步' }));
  await user.click(screen.getByRole('button', { name: '开始对话' }));
  const reply = screen.getByRole('region', { name: '你的回答' });
  const box = within(reply).getByRole('textbox', { name: '用自己的话写下你的回答' });
  expect(within(reply).getByText('0 / 1,000 字')).toBeInTheDocument();
  await user.click(box);
  await user.paste('您'.repeat(1001));
  expect(within(reply).getByText('1,001 / 1,000 字：超出 1 字。请删减后再发送，已写的内容会保留。')).toBeInTheDocument();
  expect(box).toHaveAttribute('aria-invalid', 'true');
  await user.click(within(reply).getByRole('button', { name: '发送回答' }));
  expect(within(reply).getByRole('alert')).toHaveTextContent('回答超过了 1,000 字。');
  expect(useRoleplayStore.getState().roleplay.active.price!.choices).toEqual([]);
  expect(box).toHaveValue('您'.repeat(1001));
  await user.type(box, '{Backspace}');
  expect(within(reply).getByText('1,000 / 1,000 字')).toBeInTheDocument();
  await user.click(within(reply).getByRole('button', { name: '发送回答' }));
  expect(useRoleplayStore.getState().roleplay.active.price!.choices).toHaveLength(1);
}, 20_000);

test('in English the limit and the count are in English, and an emoji counts as one character', async () => {
  useSettingsStore.setState({ locale: 'en' });
  onTestFinished(() => {
    useSettingsStore.setState({ locale: 'zh-CN' });
  });
  const { user } = renderApp('/practice/roleplay/price');
  await user.click(await screen.findByRole('radio', { name: /In your own words/ }));
  await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
  const reply = screen.getByRole('region', { name: 'Your reply' });
  await user.click(within(reply).getByRole('textbox', { name: 'Your reply, in your own words' }));
  await user.paste(`${'x'.repeat(1000)}🙂`);
  expect(within(reply).getByText('1,001 / 1,000 characters: 1 over the limit. Shorten your reply to send it; what you wrote stays here.')).toBeInTheDocument();
  await user.click(within(reply).getByRole('button', { name: 'Send reply' }));
  expect(within(reply).getByRole('alert')).toHaveTextContent('Your reply is longer than 1,000 characters.');
}, 20_000);

test('a conversation under way can be started over after confirming, and kept going when the trainee changes their mind', async () => {
  const { user } = renderApp('/practice/roleplay/timing');
  await user.click(await screen.findByRole('button', { name: '开始对话' }));
  await user.click(within(screen.getByRole('region', { name: '你的回答' })).getAllByRole('button')[1]!);
  expect(useRoleplayStore.getState().roleplay.active.timing!.choices).toEqual([1]);

  await user.click(screen.getByRole('button', { name: '从头开始' }));
  const confirm = screen.getByRole('alertdialog', { name: '放弃这次对话，从头开始？已经说过的回答不会计分。' });
  await user.click(within(confirm).getByRole('button', { name: '继续这次对话' }));
  expect(useRoleplayStore.getState().roleplay.active.timing!.choices).toEqual([1]);
  // Focus goes back to the button that asked, by the button or by Escape, instead of to the page's start.
  expect(screen.getByRole('button', { name: '从头开始' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: '从头开始' })).toHaveFocus();

  await user.click(screen.getByRole('button', { name: '从头开始' }));
  await user.click(screen.getByRole('button', { name: '放弃并从头开始' }));
  expect(useRoleplayStore.getState().roleplay.active.timing).toBeUndefined();
  expect(useRoleplayStore.getState().roleplay.runs).toEqual([]);
  expect(screen.getByRole('button', { name: '开始对话' })).toHaveFocus();
});

test('a reply being written in own words is still there after leaving the role-play and coming back, and only for that turn', async () => {
  const first = renderApp('/practice/roleplay/need');
  await first.user.click(await screen.findByRole('radio', { name: '用自己的话回答：系统识别你的回答属于 LSCPA 的哪一步' }));
  await first.user.click(screen.getByRole('button', { name: '开始对话' }));
  await first.user.click(screen.getByRole('textbox', { name: '用自己的话写下你的回答' }));
  await first.user.paste('李主任，您说的没错，设备用得好好的。能说说现在检验科一天的样本量吗？');
  first.unmount();

  const second = renderApp('/practice/roleplay/need');
  const box = await screen.findByRole('textbox', { name: '用自己的话写下你的回答' });
  expect(box).toHaveValue('李主任，您说的没错，设备用得好好的。能说说现在检验科一天的样本量吗？');
  await second.user.click(screen.getByRole('button', { name: '发送回答' }));
  expect(useRoleplayStore.getState().roleplay.active.need!.choices).toHaveLength(1);
  // The next turn starts empty: the sent reply is not offered again.
  expect(screen.getByRole('textbox', { name: '用自己的话写下你的回答' })).toHaveValue('');
});

test('a conversation the trainee finished in another tab shows its result here too, saying where it was finished', async () => {
  const { user } = renderApp('/practice/roleplay/timing');
  await user.click(await screen.findByRole('button', { name: '开始对话' }));
  await user.click(within(screen.getByRole('region', { name: '你的回答' })).getAllByRole('button')[0]!);
  const active = useRoleplayStore.getState().roleplay.active.timing!;
  // What the store takes in when the other tab writes the finished run.
  useRoleplayStore.setState((s) => ({
    roleplay: finishRun(s.roleplay, { id: 'other-tab-run', scenarioId: 'timing', choices: [...active.choices, 0], typed: ['', ''], ending: 'won', score: 90, startedAt: active.startedAt, endedAt: '2026-12-05T10:00:00.000Z' }),
  }));
  expect(await screen.findByRole('heading', { level: 2, name: '对话结束：成交' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('这次对话已在另一个标签页中完成，结果如下。');
  expect(screen.queryByRole('button', { name: '开始对话' })).not.toBeInTheDocument();
});

test('a conversation finished in this tab shows its result without a word about another tab', async () => {
  const { user } = renderApp('/practice/roleplay/timing');
  await user.click(await screen.findByRole('button', { name: '开始对话' }));
  for (let turn = 0; turn < 12 && !screen.queryByRole('heading', { level: 2, name: /^对话结束/ }); turn++)
    await user.click(within(screen.getByRole('region', { name: '你的回答' })).getAllByRole('button')[0]!);
  expect(screen.getByRole('heading', { level: 2, name: /^对话结束/ })).toBeInTheDocument();
  expect(screen.queryByText('这次对话已在另一个标签页中完成，结果如下。')).not.toBeInTheDocument();
});
