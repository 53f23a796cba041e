import { expect, test } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { courseModules } from '../../content/course';
import { useProgressStore } from '../../stores/progress-store';
import { useQuizStore } from '../../stores/quiz-store';
import { useRecordsStatus } from '../../stores/records-status-store';
import { loadAllQuizBanks } from '../../content/quiz-loader';
import { drawQuiz, emptyQuizState } from '../../domain';

function readEverything() {
  for (const m of courseModules('zh-CN')) for (const s of m.slides) useProgressStore.getState().markSeen(m.id, s.id);
}

test('the final assessment stays closed until every module is read, and says which are left', async () => {
  useProgressStore.getState().markSeen('00-intro', 'welcome');
  renderApp('/final');
  expect(await screen.findByRole('heading', { level: 1, name: '结业考试' })).toBeInTheDocument();
  expect(screen.getByText('读完全部模块后即可参加结业考试。还未读完：')).toBeInTheDocument();
  expect(within(within(screen.getByRole('main')).getByRole('list')).getAllByRole('link')).toHaveLength(10);
  expect(screen.queryByRole('button', { name: '开始测验' })).not.toBeInTheDocument();
  useProgressStore.setState({ progress: { modules: {} } });
});

test('once everything is read: 30 questions from across the course, feedback at the end, time recorded', async () => {
  readEverything();
  const { user } = renderApp('/final');
  expect(await screen.findByText(/从全部九个模块中抽取 30 道题，得分达到 80% 即为通过/)).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: '全部题目在一页' }));
  await user.click(screen.getByRole('button', { name: '开始测验' }));
  expect(await screen.findByRole('region', { name: '第 30 题，共 30 题' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '核对答案' })).not.toBeInTheDocument();
  const drawn = useQuizStore.getState().quiz.active.final!.items.map((d) => d.itemId.split('/')[0]);
  expect(new Set(drawn).size).toBe(9);

  await user.click(screen.getByRole('button', { name: '提交测验' }));
  await user.click(await screen.findByRole('button', { name: '仍然提交' }));
  expect(await screen.findByRole('heading', { level: 1, name: '结业考试结果' })).toBeInTheDocument();
  expect(screen.getByText('未通过')).toBeInTheDocument();
  expect(screen.getByText(/用时 0 分 \d+ 秒/)).toBeInTheDocument();
  const [attempt] = useQuizStore.getState().quiz.attempts;
  expect(attempt!.quizId).toBe('final');
  expect(attempt!.items).toHaveLength(30);
  expect(Date.parse(attempt!.endedAt)).toBeGreaterThanOrEqual(Date.parse(attempt!.startedAt));
  useProgressStore.setState({ progress: { modules: {} } });
  useQuizStore.setState({ quiz: emptyQuizState });
});

test('an unknown result says so', async () => {
  renderApp('/modules/01-foundations/quiz/results/nope');
  expect(await screen.findByText('找不到这次测验记录。')).toBeInTheDocument();
});

test('with a records server that scores attempts, the final is drawn from the seed it issued, and the result says whose score counts', async () => {
  readEverything();
  const asked: string[] = [];
  useRecordsStatus.setState({ issueAttempt: async (quizId) => (asked.push(quizId), { attemptId: 'server-attempt-1', seed: 'server-seed', avoid: [] }) });
  const banks = await loadAllQuizBanks();
  const { user } = renderApp('/final');
  await user.click(await screen.findByRole('button', { name: '开始测验' }));
  expect(await screen.findByRole('region', { name: '第 1 题，共 30 题' })).toBeInTheDocument();
  const active = useQuizStore.getState().quiz.active.final!;
  expect(asked).toEqual(['final']);
  expect(active).toMatchObject({ id: 'server-attempt-1', seed: 'server-seed' });
  expect(active.items).toEqual(drawQuiz('final', banks, 'server-seed'));
  // Answers submitted; the attempt waits for the server's score, which then replaces the page's.
  useQuizStore.getState().finish({ ...active, answers: {}, score: 0, passed: false, endedAt: active.startedAt, scoredBy: 'pending' });
  useRecordsStatus.setState({ pending: 31 });
  const waiting = renderApp('/final/results/server-attempt-1');
  // Still on this device (offline): the page must not say the answers have gone.
  expect(await screen.findByText('你的答案已保存在本设备上，能连接课程的学习记录服务器时会自动发送；服务器评分后成绩才生效。')).toBeInTheDocument();
  expect(screen.queryByText(/你的答案已交给/)).not.toBeInTheDocument();
  waiting.unmount();
  useRecordsStatus.setState({ pending: 0 });
  renderApp('/final/results/server-attempt-1');
  expect(await screen.findByText('你的答案已交给课程的学习记录服务器评分，评定后成绩才生效。')).toBeInTheDocument();
  useRecordsStatus.setState({ issueAttempt: undefined });
  useProgressStore.setState({ progress: { modules: {} } });
  useQuizStore.setState({ quiz: emptyQuizState });
});

test('a retake keeps clear of the last attempt\'s questions: offline from the page\'s own record, with a records server from the list it sends', async () => {
  readEverything();
  const banks = await loadAllQuizBanks();
  const earlier = drawQuiz('final', banks, 'earlier-seed');
  const at = '2026-12-01T09:00:00.000Z';
  useQuizStore.getState().finish({ id: 'earlier', quizId: 'final', seed: 'earlier-seed', items: earlier, answers: {}, score: 0, passed: false, startedAt: at, endedAt: at });
  const first = renderApp('/final');
  await first.user.click(await screen.findByRole('button', { name: '开始测验' }));
  expect(await screen.findByRole('region', { name: '第 1 题，共 30 题' })).toBeInTheDocument();
  const offline = useQuizStore.getState().quiz.active.final!;
  expect(offline.avoid).toEqual(earlier.map((d) => d.itemId));
  expect(offline.items.filter((d) => offline.avoid!.includes(d.itemId))).toEqual([]);
  first.unmount();

  useQuizStore.setState({ quiz: { ...useQuizStore.getState().quiz, active: {} } });
  const avoid = earlier.slice(0, 10).map((d) => d.itemId);
  useRecordsStatus.setState({ issueAttempt: async () => ({ attemptId: 'server-attempt-2', seed: 'server-seed-2', avoid }) });
  const second = renderApp('/final');
  await second.user.click(await screen.findByRole('button', { name: '开始测验' }));
  expect(await screen.findByRole('region', { name: '第 1 题，共 30 题' })).toBeInTheDocument();
  const issued = useQuizStore.getState().quiz.active.final!;
  expect(issued).toMatchObject({ id: 'server-attempt-2', avoid });
  expect(issued.items).toEqual(drawQuiz('final', banks, 'server-seed-2', avoid));
  second.unmount();
  useRecordsStatus.setState({ issueAttempt: undefined });
  useProgressStore.setState({ progress: { modules: {} } });
  useQuizStore.setState({ quiz: emptyQuizState });
});
