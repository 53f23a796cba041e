import { expect, test, vi } from 'vitest';
import { renderWithI18n, screen, waitFor } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { HostPushers } from './host-pushers';

const renderPushers = () => {
  useSettingsStore.setState({ locale: 'zh-CN' });
  const onPush = vi.fn();
  return { onPush, ...renderWithI18n(<HostPushers moduleId="01-foundations" locale="zh-CN" preparing={false} onPush={onPush} />) };
};

test('a poll without two options says what is missing and pushes nothing; a good one goes to the room', async () => {
  const { onPush, user } = renderPushers();
  expect(await screen.findByLabelText('本模块题库中的题目')).toBeInTheDocument();
  await user.type(screen.getByLabelText('投票问题'), '哪种目标更好？');
  await user.type(screen.getByLabelText('投票选项（每行一个，2～6 个）'), '甲');
  await user.click(screen.getByRole('button', { name: '发布投票' }));
  expect(screen.getByRole('alert')).toHaveTextContent('请填写问题，并给出 2～6 个选项。');
  expect(onPush).not.toHaveBeenCalled();

  await user.type(screen.getByLabelText('投票选项（每行一个，2～6 个）'), '{Enter}乙');
  await user.click(screen.getByRole('button', { name: '发布投票' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(onPush).toHaveBeenCalledWith(expect.objectContaining({ kind: 'poll', prompt: { 'zh-CN': '哪种目标更好？' } }));
});

test('the word cloud and rating buttons wait for a question, and push it trimmed', async () => {
  const { onPush, user } = renderPushers();
  await screen.findByLabelText('本模块题库中的题目');
  const open = screen.getByRole('button', { name: '发布词云题' });
  const rating = screen.getByRole('button', { name: '发布评分题' });
  expect(open).toBeDisabled();
  expect(rating).toBeDisabled();

  await user.type(screen.getByLabelText('词云问题'), '  一个词 ');
  await user.click(open);
  expect(onPush).toHaveBeenLastCalledWith({ kind: 'open', prompt: { 'zh-CN': '一个词' } });

  await user.type(screen.getByLabelText('评分问题'), '有信心吗');
  const max = screen.getByLabelText('最高分（3～10）');
  await user.clear(max);
  await user.type(max, '99');
  expect(max).toHaveValue(10);
  await user.click(rating);
  expect(onPush).toHaveBeenLastCalledWith({ kind: 'rating', prompt: { 'zh-CN': '有信心吗' }, max: 10, low: { 'zh-CN': '完全不', en: 'Not at all' }, high: { 'zh-CN': '完全是', en: 'Completely' } });
});

test('the answer time stays between 5 and 300 seconds', async () => {
  const { user } = renderPushers();
  const seconds = await screen.findByLabelText('作答时间（秒）');
  await user.clear(seconds);
  expect(seconds).toHaveValue(30);
  await user.type(seconds, '0');
  expect(seconds).toHaveValue(300);
});

test('what the app words itself goes out in both languages, whatever the console shows; what the trainer types stays as typed', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const onPush = vi.fn();
  const { user } = renderWithI18n(<HostPushers moduleId="01-foundations" locale="en" preparing={false} onPush={onPush} />);
  await screen.findByLabelText("A question from this module’s bank");

  await user.click(screen.getByRole('button', { name: 'Push the objection' }));
  expect(onPush).toHaveBeenLastCalledWith({
    kind: 'objection',
    objection: 'price',
    prompt: { 'zh-CN': '“你们太贵了，另一家便宜多了。”', en: '“Your price is too high; the other vendor is much cheaper.”' },
  });

  await user.type(screen.getByLabelText('Rating question'), 'How sure?');
  await user.click(screen.getByRole('button', { name: 'Push rating' }));
  expect(onPush).toHaveBeenLastCalledWith({ kind: 'rating', prompt: { en: 'How sure?' }, max: 5, low: { 'zh-CN': '完全不', en: 'Not at all' }, high: { 'zh-CN': '完全是', en: 'Completely' } });

  await user.click(screen.getByRole('button', { name: 'Open a Q&A round' }));
  expect(onPush).toHaveBeenLastCalledWith({
    kind: 'qa',
    prompt: { 'zh-CN': '有问题尽管问讲师，也可以为想听到答案的问题点赞。', en: 'Ask the trainer anything, and upvote the questions you want answered too.' },
  });
});

test("the bank's questions are listed whole up to a line's length, a longer one cut at a word with an ellipsis and whole as its tooltip", async () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<HostPushers moduleId="01-foundations" locale="en" preparing={false} onPush={vi.fn()} />);
  const picker = await screen.findByLabelText("A question from this module’s bank");
  // The bank comes in after the picker is drawn.
  await waitFor(() => expect((picker as HTMLSelectElement).options.length).toBeGreaterThan(3));
  const options = [...(picker as HTMLSelectElement).options];
  for (const option of options) {
    const whole = option.title;
    if (option.text === whole) continue;
    expect(option.text, whole).toMatch(/\S…$/);
    expect(whole.startsWith(option.text.slice(0, -1)), whole).toBe(true);
    // Cut where a word ends.
    expect(whole[option.text.length - 1], whole).toMatch(/[\s,;:?]/);
  }
  expect(options.some((o) => o.text !== o.title)).toBe(true);
  expect(options.find((o) => o.title.startsWith('Which statement best sums up'))!.text).toBe('Which statement best sums up what a sales target is?');
});
