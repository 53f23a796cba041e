import { expect, test } from 'vitest';
import type { QuestionSet, ScreenView, TrainerView } from '../../domain';
import { cleanup, renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PeopleList } from './host-room';
import { HostSets } from './host-sets';
import { HostCurrent } from './host-current';
import { ProjectorQuestion } from './projector-question';

const room = (people: number): TrainerView => ({
  role: 'trainer',
  code: '123456',
  moduleId: '05-objections',
  ended: false,
  now: 0,
  stage: 'question',
  participants: people,
  connected: people,
  people: Array.from({ length: people }, (_, i) => ({ pid: `p${i}`, name: `Trainee ${i}` })),
  revealed: false,
  leaderboard: [],
});
const send = () => undefined;

test('the roster counts the room in the UI language’s digits and plural', () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<PeopleList view={room(1)} send={send} />);
  expect(screen.getByText('1 person in the room')).toBeInTheDocument();
  cleanup();
  renderWithI18n(<PeopleList view={room(1_234)} send={send} />);
  expect(screen.getByText('1,234 people in the room')).toBeInTheDocument();
  cleanup();
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(<PeopleList view={room(1_234)} send={send} />);
  expect(screen.getByText('课堂里有 1,234 人')).toBeInTheDocument();
});

test('a question set and a set in preparation count their questions, singular for one', () => {
  useSettingsStore.setState({ locale: 'en' });
  const question = { kind: 'open', prompt: { en: 'One word?' } } as const;
  const sets: QuestionSet[] = [
    { id: 's1', title: 'Warm-up', questions: [question] },
    { id: 's2', title: 'Close', questions: [question, question] },
  ];
  renderWithI18n(<HostSets sets={sets} draft={{ title: 'Next', questions: [question] }} onDraft={() => undefined} send={send} />);
  expect(screen.getByText('Warm-up (1 question)')).toBeInTheDocument();
  expect(screen.getByText('Close (2 questions)')).toBeInTheDocument();
  expect(screen.getByText(/1 question so far\.$/)).toBeInTheDocument();
});

test('a Q&A round counts the questions asked, on the audience screen and on the console, never "0 answers"', () => {
  const qa = [
    { id: 'e1', text: 'How do we split a team target?', votes: 1, answered: false },
    { id: 'e2', text: 'What if the market shrinks?', votes: 1, answered: false },
  ];
  const screenView: ScreenView = { role: 'screen', code: '123456', stage: 'question', ended: false, now: 0, participants: 2, names: [], revealed: false, answered: 0, qa, board: [] };
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<ProjectorQuestion view={screenView} question={{ id: 'q1', kind: 'qa', prompt: { en: 'Ask' } }} />);
  expect(screen.getByText('2 questions')).toBeInTheDocument();
  expect(screen.queryByText(/answers?$/)).toBeNull();
  cleanup();
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(<HostCurrent view={{ ...room(2), question: { id: 'q1', kind: 'qa', prompt: { 'zh-CN': '提问', en: 'Ask' }, pushedAt: 0 }, qa: qa.slice(0, 1) }} send={send} />);
  expect(screen.getByText('1 个问题')).toBeInTheDocument();
  expect(screen.queryByText(/已作答/)).toBeNull();
});
