import { expect, test } from 'vitest';
import type { QuestionSet, TrainerView } from '../../domain';
import { cleanup, renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PeopleList } from './host-room';
import { HostSets } from './host-sets';

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
