import { expect, test } from 'vitest';
import type { ParticipantView, PublicQuestion } from '../../domain';
import { cleanup, renderWithI18n, screen } from '../../../tests/setup/render';
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
