import { expect, test } from 'vitest';
import type { ParticipantView, PublicQuestion } from '../../domain';
import { cleanup, renderWithI18n, screen, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PhoneResult } from './phone-result';

type Result = NonNullable<ParticipantView['result']>;
const poll: PublicQuestion = { id: 'q1', kind: 'poll', prompt: { en: 'Which?', 'zh-CN': '哪个？' }, options: [{ id: 'a', text: { en: 'A', 'zh-CN': '甲' } }, { id: 'b', text: { en: 'B', 'zh-CN': '乙' } }] };

const show = (locale: 'en' | 'zh-CN', question: PublicQuestion, result: Result, mine?: ParticipantView['mine']) => {
  useSettingsStore.setState({ locale });
  return renderWithI18n(<PhoneResult question={question} result={result} mine={mine} />);
};

test('the room’s count is said in the singular for one answer and in the plural for more', () => {
  const one = show('en', poll, { counts: { a: 1, b: 0 }, answered: 1 }, { optionIds: ['a'] });
  expect(screen.getByRole('heading', { name: 'How the room answered (1 answer)' })).toBeInTheDocument();
  one.unmount();
  show('en', poll, { counts: { a: 1, b: 1_200 }, answered: 1_201 });
  expect(screen.getByRole('heading', { name: 'How the room answered (1,201 answers)' })).toBeInTheDocument();
  cleanup();
  show('zh-CN', poll, { counts: { a: 1, b: 0 }, answered: 1 });
  expect(screen.getByRole('heading', { name: '全场作答情况（1 人）' })).toBeInTheDocument();
});

const objection: PublicQuestion = { id: 'q2', kind: 'objection', prompt: { 'zh-CN': '“你们的价格太高了。”' } };
const split = {
  total: 3,
  steps: {
    listen: { count: 2, share: 2 / 3, examples: ['能具体说说您是怎么比较这两份报价的吗？'] },
    sympathize: { count: 0, share: 0, examples: [] },
    confirm: { count: 0, share: 0, examples: [] },
    position: { count: 0, share: 0, examples: [] },
    affirm: { count: 0, share: 0, examples: [] },
    none: { count: 1, share: 1 / 3, examples: ['好吧，那我直接给您打八折。'] },
  },
  warnings: { concession: 1, monologue: 0, contradiction: 0 },
};

test('after an objection is revealed a phone sees how its own reply was read, what to avoid, and the room by LSCPA step with examples', () => {
  show('zh-CN', objection, { counts: { listen: 2, none: 1 }, answered: 3, reply: { step: 'none', warnings: ['concession'] }, split }, { text: '好吧，那我直接给您打八折。' });
  const own = screen.getByRole('region', { name: '你的回答的判读' });
  expect(own).toHaveTextContent('好吧，那我直接给您打八折。');
  expect(own).toHaveTextContent('你的回答不属于 LSCPA 的任何一步');
  expect(own).toHaveTextContent('无条件让步：让步要换取条件');
  const rows = within(screen.getByRole('list', { name: '全场回答按 LSCPA 步骤的分布' })).getAllByRole('listitem');
  expect(rows.map((r) => r.textContent)).toEqual(['倾听2', '同理心0', '确认0', '应对0', '确认接受0', '不属于 LSCPA 的任何一步（你的答案）1']);
  expect(screen.getByRole('region', { name: '全场回答示例' })).toHaveTextContent('能具体说说您是怎么比较这两份报价的吗？');
});

test('in English, a reply read as a step says which; a phone that did not reply is told so', () => {
  show('en', objection, { counts: { listen: 2, none: 1 }, answered: 3, reply: { step: 'listen', warnings: [] }, split }, { text: 'What worries you most?' });
  expect(screen.getByRole('region', { name: 'How your reply was read' })).toHaveTextContent('Your reply reads as the LSCPA step “Listen”.');
  expect(screen.getByRole('list', { name: 'Replies in the room by LSCPA step' })).toHaveTextContent('Listen (your answer)2');
  cleanup();
  show('en', objection, { counts: { listen: 2, none: 1 }, answered: 3, split });
  expect(screen.getByText('You did not reply this time.')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'How the room answered (3 answers)' })).toBeInTheDocument();
});

const multiple: PublicQuestion = {
  id: 'q3',
  kind: 'quiz',
  prompt: { en: 'Which are SMART?', 'zh-CN': '哪些符合 SMART？' },
  multiple: true,
  seconds: 30,
  pushedAt: 0,
  options: [
    { id: 'a', text: { en: 'Specific', 'zh-CN': '具体' } },
    { id: 'b', text: { en: 'Vague', 'zh-CN': '模糊' } },
    { id: 'c', text: { en: 'Measurable', 'zh-CN': '可衡量' } },
  ],
};

test('a question with several right answers names them as a list in the phone’s language', () => {
  show('en', multiple, { counts: { a: 1, b: 1 }, answered: 2, correct: ['a', 'c'], points: 0 }, { optionIds: ['b'] });
  expect(screen.getByRole('status')).toHaveTextContent('Not this time. The answer: Specific and Measurable');
  cleanup();
  show('zh-CN', multiple, { counts: { a: 1, b: 1 }, answered: 2, correct: ['a', 'c'], points: 0 }, { optionIds: ['b'] });
  expect(screen.getByRole('status')).toHaveTextContent('这次没答对。正确答案：具体和可衡量');
});
