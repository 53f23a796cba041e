import { afterEach, expect, test, vi } from 'vitest';
import { act, renderApp, screen, waitFor, within } from '../../../tests/setup/render';
import { useProfileStore } from '../../stores/profile-store';
import { useSettingsStore } from '../../stores/settings-store';
import { storageKey } from '../../stores/storage-keys';

afterEach(() => {
  useSettingsStore.setState({ locale: 'zh-CN' });
  sessionStorage.clear();
  vi.useRealTimers();
});

const currentSlide = () => screen.getByRole('region', { name: /^当前页/ });
const currentTitle = async (name: string | RegExp) => within(currentSlide()).findByRole('heading', { level: 2, name });

async function openConsole(path = '/present/01-foundations', module = '销售目标基础') {
  const app = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: module });
  await screen.findByRole('complementary', { name: '讲师备注' });
  return app;
}

test('opens at the first slide with the next one beside it and the slide\'s notes, without a trainee profile', async () => {
  useProfileStore.setState({ profile: null });
  const { router } = await openConsole();
  expect(router.state.location.search).toBe('?slide=part-overview');
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
  const next = screen.getByRole('region', { name: '下一页预览' });
  expect(await within(next).findByRole('heading', { level: 2, name: '什么是销售目标？' })).toBeInTheDocument();
  const notes = await screen.findByRole('complementary', { name: '讲师备注' });
  expect(notes).toHaveTextContent('部分首页，约2分钟');
  // The notes are in the notes panel, not on the slide the audience sees.
  expect(within(currentSlide()).queryByRole('complementary')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: /第 1 页，共 5 页/ })).toBeInTheDocument();
});

test('→, Space, PageDown go forward and ←, PageUp back, stopping at the ends; the URL keeps the place', async () => {
  const { user, router } = await openConsole();
  await user.keyboard('{ArrowRight}');
  expect(await currentTitle('什么是销售目标？')).toBeInTheDocument();
  await user.keyboard(' ');
  expect(await currentTitle('销售目标的重要性')).toBeInTheDocument();
  await user.keyboard('{PageDown}');
  expect(await currentTitle(/有效销售目标的特征/)).toBeInTheDocument();
  expect(router.state.location.search).toBe('?slide=smart-criteria');
  await user.keyboard('{PageUp}');
  expect(await currentTitle('销售目标的重要性')).toBeInTheDocument();
  await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
  await user.keyboard('{End}{ArrowRight}');
  expect(await currentTitle('销售目标类型')).toBeInTheDocument();
  expect(screen.getByText('这是本模块的最后一页。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /下一页/ })).toBeDisabled();
});

test('B blacks the audience screen and brings it back', async () => {
  const { user, router } = await openConsole();
  const black = screen.getByRole('button', { name: '黑屏' });
  expect(black).toHaveAttribute('aria-pressed', 'false');
  await user.keyboard('b');
  expect(await screen.findByText('观众屏幕已黑屏（按 B 恢复）')).toBeInTheDocument();
  expect(black).toHaveAttribute('aria-pressed', 'true');
  expect(router.state.location.search).toBe('?slide=part-overview&black=1');
  await user.keyboard('B');
  await waitFor(() => expect(black).toHaveAttribute('aria-pressed', 'false'));
  expect(screen.queryByText('观众屏幕已黑屏（按 B 恢复）')).not.toBeInTheDocument();
});

test('G asks for a slide number, refuses one outside the module and goes to a valid one', async () => {
  const { user } = await openConsole();
  await user.keyboard('g');
  const dialog = await screen.findByRole('dialog', { name: '跳到指定页' });
  const input = within(dialog).getByRole('textbox', { name: '页码（1–5）' });
  expect(input).toHaveFocus();
  // Typing in the field moves nothing, even keys that are shortcuts elsewhere.
  await user.type(input, '9b');
  expect(input).toHaveValue('9b');
  await user.click(within(dialog).getByRole('button', { name: '跳转' }));
  expect(within(dialog).getByRole('alert')).toHaveTextContent('请输入 1 到 5 之间的页码。');
  expect(screen.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'false');
  await user.clear(input);
  await user.type(input, '4{Enter}');
  expect(await currentTitle(/有效销售目标的特征/)).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('? opens the shortcuts, which Escape closes', async () => {
  const { user } = await openConsole();
  await user.keyboard('?');
  const help = await screen.findByRole('dialog', { name: '键盘快捷键' });
  expect(within(help).getByRole('row', { name: /观众屏幕黑屏/ })).toHaveTextContent('B');
  expect(within(help).getByRole('row', { name: /下一页/ })).toHaveTextContent('PageDown');
  // Keys inside the dialog do not turn slides behind it.
  await user.keyboard('{ArrowRight}');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
});

test('closing a dialog, by Escape or its Cancel button, puts focus back on the button that opened it', async () => {
  const { user } = await openConsole();
  const help = screen.getByRole('button', { name: '快捷键' });
  await user.click(help);
  expect(await screen.findByRole('dialog', { name: '键盘快捷键' })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(help).toHaveFocus();

  const jump = screen.getByRole('button', { name: '跳到…' });
  await user.click(jump);
  await user.click(within(await screen.findByRole('dialog', { name: '跳到指定页' })).getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(jump).toHaveFocus();
});

test('shortcuts do nothing while typing in a field of the page', async () => {
  const { user } = await openConsole();
  const field = document.createElement('input');
  field.setAttribute('aria-label', '测试输入框');
  document.body.append(field);
  await user.click(field);
  await user.keyboard('{ArrowRight}b g?');
  expect(field).toHaveValue('b g?');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: '黑屏' })).toHaveAttribute('aria-pressed', 'false');
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
  field.remove();
});

test('the slide overview jumps to any slide and marks the current one', async () => {
  const { user } = await openConsole();
  const overview = screen.getByRole('navigation', { name: '全部幻灯片' });
  await user.click(within(overview).getByRole('button', { name: /销售目标类型/ }));
  expect(await currentTitle('销售目标类型')).toBeInTheDocument();
  expect(within(overview).getByRole('button', { name: /销售目标类型/ })).toHaveAttribute('aria-current', 'step');
});

test('the timer runs from the start, pauses, resets, and warns once the module\'s planned minutes are over', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const { user } = await openConsole();
  const timer = screen.getByRole('group', { name: '计时' });
  expect(within(timer).getByRole('timer')).toHaveTextContent('00:00');
  expect(timer).toHaveTextContent('计划 17分钟');
  await act(async () => vi.advanceTimersByTime(5 * 60_000));
  expect(within(timer).getByRole('timer')).toHaveTextContent(/^05:0\d$/);
  expect(within(timer).getByRole('status')).toBeEmptyDOMElement();

  await act(async () => vi.advanceTimersByTime(13 * 60_000));
  expect(within(timer).getByRole('timer')).toHaveTextContent(/^18:0\d$/);
  expect(within(timer).getByRole('status')).toHaveTextContent(/已超时 01:0\d，本模块计划 17分钟。/);

  await user.click(within(timer).getByRole('button', { name: '暂停计时' }));
  const paused = within(timer).getByRole('timer').textContent;
  await act(async () => vi.advanceTimersByTime(60_000));
  expect(within(timer).getByRole('timer')).toHaveTextContent(paused!);
  await user.click(within(timer).getByRole('button', { name: '计时归零' }));
  expect(within(timer).getByRole('timer')).toHaveTextContent('00:00');
  expect(within(timer).getByRole('status')).toBeEmptyDOMElement();
  expect(within(timer).getByRole('button', { name: '继续计时' })).toBeInTheDocument();
});

test('a reload without ?slide comes back to this tab\'s last place', async () => {
  const first = await openConsole('/present/01-foundations?slide=smart-criteria&black=1');
  expect(await currentTitle(/有效销售目标的特征/)).toBeInTheDocument();
  first.unmount();
  const { router } = await openConsole('/present/01-foundations');
  await waitFor(() => expect(router.state.location.search).toBe('?slide=smart-criteria&black=1'));
  expect(await currentTitle(/有效销售目标的特征/)).toBeInTheDocument();
});

test('"Open audience screen" opens the screen at the current slide in a new window; F asks for full screen', async () => {
  const open = vi.spyOn(window, 'open').mockReturnValue(null);
  const requestFullscreen = vi.fn(async () => {});
  document.documentElement.requestFullscreen = requestFullscreen;
  const { user } = await openConsole('/present/01-foundations?slide=why-targets-matter');
  await user.click(screen.getByRole('button', { name: '打开观众屏幕' }));
  // The screen is told which console opened it: it follows that one only.
  expect(open).toHaveBeenCalledWith(expect.stringMatching(/^\/present\/01-foundations\/screen\?slide=why-targets-matter&console=[a-z0-9-]+$/), 'sta-present-screen:01-foundations', 'popup');
  expect(screen.getByRole('alert')).toHaveTextContent('浏览器拦截了新窗口');
  await user.keyboard('f');
  expect(requestFullscreen).toHaveBeenCalled();
});

test('an unknown module says so', async () => {
  renderApp('/present/99-nope');
  expect(await screen.findByText('找不到这个模块。')).toBeInTheDocument();
});

test("the console shows the current slide's planned minutes", async () => {
  await openConsole('/present/01-foundations?slide=smart-criteria');
  const timer = screen.getByRole('group', { name: '计时' });
  await waitFor(() => expect(timer).toHaveTextContent(/本页用时00:0\d \/ 计划 5分钟/));
});

test('next reveals the stat grid one figure at a time before turning the slide; the trainer sees what is still hidden', async () => {
  const { user, router } = await openConsole('/present/08-eq?slide=eq-overview', '情商在销售目标达成中的作用');
  const controls = screen.getByRole('group', { name: '本页待揭晓的内容' });
  expect(within(controls).getByRole('status')).toHaveTextContent('已向学员展示：0 / 3');
  expect(within(currentSlide()).getAllByText('尚未向学员展示')).toHaveLength(3);
  await user.click(within(controls).getByRole('button', { name: '揭晓下一项' }));
  await waitFor(() => expect(router.state.location.search).toBe('?slide=eq-overview&reveal=1'));
  expect(within(currentSlide()).getAllByText('尚未向学员展示')).toHaveLength(2);
  await user.keyboard('{ArrowRight}{ArrowRight}');
  await waitFor(() => expect(within(controls).getByRole('status')).toHaveTextContent('已向学员展示：3 / 3'));
  expect(within(controls).getByRole('button', { name: '揭晓下一项' })).toBeDisabled();
  await user.keyboard('{ArrowRight}');
  expect(await currentTitle('情商与销售成功')).toBeInTheDocument();
});

test('as in PowerPoint: Space after clicking Next still turns the slide, Shift+Space goes back, a number and Enter jumps, W whitens the screen', async () => {
  const { user, router } = await openConsole();
  await user.click(screen.getByRole('button', { name: /下一页/ }));
  expect(await currentTitle('什么是销售目标？')).toBeInTheDocument();
  // Focus is on the Next button now; Space belongs to the slides, not to the button.
  await user.keyboard(' ');
  expect(await currentTitle('销售目标的重要性')).toBeInTheDocument();
  await user.keyboard('{Shift>} {/Shift}');
  expect(await currentTitle('什么是销售目标？')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /上一页/ }));
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
  await user.keyboard('{Shift>} {/Shift}');
  expect(await currentTitle('第一部分 销售目标基础')).toBeInTheDocument();
  await user.keyboard('4{Enter}');
  expect(await currentTitle(/有效销售目标的特征/)).toBeInTheDocument();
  await user.keyboard('w');
  await waitFor(() => expect(router.state.location.search).toBe('?slide=smart-criteria&white=1'));
  expect(screen.getByText('观众屏幕已白屏（按 W 恢复）')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '白屏' })).toHaveAttribute('aria-pressed', 'true');
  await user.keyboard('b');
  await waitFor(() => expect(router.state.location.search).toBe('?slide=smart-criteria&black=1'));
  await user.keyboard('{End}9{Enter}');
  expect(await currentTitle('销售目标类型')).toBeInTheDocument();
});

test('in English the shortcuts table is headed Key and Action', async () => {
  useSettingsStore.setState({ locale: 'en' });
  const { user } = renderApp('/present/01-foundations');
  await screen.findByRole('heading', { level: 1, name: 'Sales target fundamentals' });
  await screen.findByRole('complementary', { name: 'Trainer notes' });
  await user.keyboard('?');
  const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
  expect(within(help).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Key', 'Action']);
});

test('a reloaded console keeps the time spent on the current slide, not only the stopwatch', async () => {
  // Ten minutes in, paused, and the current slide came up at seven: what a reload finds in this tab.
  const saved = { version: 1, slideId: 'smart-criteria', black: false, timer: { startedAt: null, banked: 10 * 60_000 }, slideStartedAt: 7 * 60_000 };
  sessionStorage.setItem(storageKey('present:01-foundations'), JSON.stringify(saved));
  await openConsole('/present/01-foundations?slide=smart-criteria');
  const timer = screen.getByRole('group', { name: '计时' });
  expect(within(timer).getByText('已用时间').nextElementSibling).toHaveTextContent('10:00');
  expect(within(timer).getByText('本页用时').nextElementSibling).toHaveTextContent('03:00');
});
