import { expect, test } from 'vitest';
import { cleanup, renderWithI18n, screen } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PhoneTookPart } from './phone-took-part';
import { RoomSummaryList } from './room-summary';

const show = (locale: 'en' | 'zh-CN', took: Parameters<typeof PhoneTookPart>[0]['took']) => {
  useSettingsStore.setState({ locale });
  return renderWithI18n(<PhoneTookPart took={took} />);
};

test('a phone without quiz points is thanked with what it answered and asked, in its language', () => {
  show('en', { questions: 5, answered: { poll: 2, smart: 1, rating: 1 }, asked: 1 });
  const region = screen.getByRole('region', { name: 'What you took part in' });
  expect(region).toHaveTextContent('You answered 4 of the 5 questions asked: 2 polls, 1 SMART goal, and 1 rating.');
  expect(region).toHaveTextContent('You asked 1 question in the Q&A.');
  cleanup();
  show('zh-CN', { questions: 5, answered: { poll: 2, smart: 1, rating: 1 }, asked: 2 });
  const zh = screen.getByRole('region', { name: '你的参与' });
  expect(zh).toHaveTextContent('本场共 5 道题，你回答了 4 道：投票 2 次、SMART 目标 1 个和评分 1 次。');
  expect(zh).toHaveTextContent('你在问答环节提了 2 个问题。');
  cleanup();
});

test('a phone that answered nothing is told so plainly; one question reads in the singular', () => {
  show('en', { questions: 3, answered: {}, asked: 0 });
  expect(screen.getByRole('region', { name: 'What you took part in' })).toHaveTextContent('You did not answer any of the 3 questions asked.');
  cleanup();
  show('en', { questions: 1, answered: { objection: 1 }, asked: 0 });
  expect(screen.getByRole('region')).toHaveTextContent('You answered the one question asked: 1 reply to an objection.');
  cleanup();
  // A session with nothing asked has nothing to list.
  show('en', { questions: 0, answered: {}, asked: 0 });
  expect(screen.queryByRole('region')).toBeNull();
  cleanup();
});

test('the room’s figures read as a list in both languages, the Q&A only when someone asked', () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<RoomSummaryList summary={{ people: 1203, questions: 4, answers: 3900, asked: 0 }} />);
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1,203 people took part', '4 questions', '3,900 answers']);
  cleanup();
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(<RoomSummaryList summary={{ people: 3, questions: 0, answers: 0, asked: 2 }} />);
  expect(screen.getByRole('list', { name: '全场参与' })).toBeInTheDocument();
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['3 人参与', '问答环节提问 2 个']);
});

test('a session that ended before anyone joined says no one took part, not “0 people”', () => {
  useSettingsStore.setState({ locale: 'en' });
  renderWithI18n(<RoomSummaryList summary={{ people: 0, questions: 0, answers: 0, asked: 0 }} />);
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['No one took part']);
  cleanup();
  useSettingsStore.setState({ locale: 'zh-CN' });
  renderWithI18n(<RoomSummaryList summary={{ people: 0, questions: 0, answers: 0, asked: 0 }} />);
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['无人参与']);
});
