import { expect, test } from 'vitest';
import { renderApp, screen } from '../../../tests/setup/render';
import { finishAttempt, quizFormat, storedText } from '../../domain';
import { QUIZ_KEY, useQuizStore } from '../../stores/quiz-store';

test('an attempt under way that is submitted in another tab shows its result in this one too', async () => {
  const { user } = renderApp('/modules/06-incentives/quiz');
  await user.click(await screen.findByRole('radio', { name: '全部题目在一页' }));
  await user.click(screen.getByRole('button', { name: '开始测验' }));
  expect(await screen.findByRole('region', { name: '第 1 题，共 8 题' })).toBeInTheDocument();

  // The other tab submits the same attempt: the browser tells this tab its new copy of the store.
  const ours = localStorage.getItem(QUIZ_KEY);
  const active = useQuizStore.getState().quiz.active['06-incentives']!;
  const submitted = finishAttempt(useQuizStore.getState().quiz, { ...active, answers: {}, score: 0, itemScores: {}, passed: false, endedAt: active.startedAt });
  const theirs = storedText(submitted, quizFormat);
  localStorage.setItem(QUIZ_KEY, theirs);
  window.dispatchEvent(new StorageEvent('storage', { key: QUIZ_KEY, oldValue: ours, newValue: theirs, storageArea: localStorage }));

  expect(await screen.findByRole('heading', { level: 1, name: '测验结果：销售目标激励' })).toBeInTheDocument();
  expect(useQuizStore.getState().quiz.attempts.map((a) => a.id)).toEqual([active.id]);
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
});

test('an ordering question checked as it was shown counts as answered, so the progress can reach every question', async () => {
  useQuizStore.getState().start({
    id: 'order-as-shown',
    quizId: '02-setting',
    seed: 'order-as-shown',
    items: [{ itemId: 'setting-steps-order', order: ['choose-method', 'analyze', 'team-targets', 'individual-targets'] }, { itemId: 'benchmark-copy-leader' }],
    layout: 'one',
    startedAt: new Date().toISOString(),
  });
  const { user } = renderApp('/modules/02-setting/quiz');
  await user.click(await screen.findByRole('button', { name: '核对答案' }));
  expect(await screen.findByText(/部分正确，得分/)).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: '已作答 1/2 题' })).toBeInTheDocument();
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
});

test('the results page shows what the trainee answered beside the right answer: the number typed, true or false, the pairs matched', async () => {
  const startedAt = new Date().toISOString();
  useQuizStore.getState().finish({
    id: 'shown-answers',
    quizId: '02-setting',
    seed: 'shown-answers',
    items: [{ itemId: 'quarterly-remainder' }, { itemId: 'benchmark-copy-leader' }, { itemId: 'internal-finding-match' }],
    answers: {
      'quarterly-remainder': { type: 'numeric', value: 1280 },
      'benchmark-copy-leader': { type: 'truefalse', value: true },
      'internal-finding-match': { type: 'matching', matches: { history: 'capability' } },
    },
    score: 0,
    itemScores: { 'quarterly-remainder': 0, 'benchmark-copy-leader': 0, 'internal-finding-match': 0 },
    passed: false,
    startedAt,
    endedAt: startedAt,
  });
  renderApp('/modules/02-setting/quiz/results/shown-answers');
  const yours = (await screen.findAllByText('你的答案')).map((label) => label.parentElement!.textContent);
  expect(yours).toEqual(['你的答案 1,280 台', '你的答案 正确', '你的答案 过去三年，第四季度的销售额都占全年的35%左右 → 销售团队能力评估']);
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
});

test('closing the "submit anyway?" question, by its button or Escape, puts focus back on the submit button', async () => {
  useQuizStore.getState().start({
    id: 'keep-answering',
    quizId: '02-setting',
    seed: 'keep-answering',
    items: [{ itemId: 'benchmark-copy-leader' }, { itemId: 'quarterly-remainder' }],
    layout: 'all',
    startedAt: new Date().toISOString(),
  });
  const { user } = renderApp('/modules/02-setting/quiz');
  const submit = await screen.findByRole('button', { name: '提交测验' });
  await user.click(submit);
  expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '仍然提交' })).toHaveFocus();

  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(submit).toHaveFocus();

  await user.keyboard('{Enter}');
  await user.click(await screen.findByRole('button', { name: '继续作答' }));
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(submit).toHaveFocus();
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
});

test('starting the quiz puts focus on the first question, in place of the start button that went away', async () => {
  const { user } = renderApp('/modules/06-incentives/quiz');
  const startButton = await screen.findByRole('button', { name: '开始测验' });
  startButton.focus();
  await user.keyboard('{Enter}');
  const first = await screen.findByRole('region', { name: '第 1 题，共 8 题' });
  await expect.poll(() => document.activeElement).toBe(first.querySelector('h2'));
  useQuizStore.setState({ quiz: { attempts: [], active: {} } });
});
