import { expect, test } from 'vitest';
import { cleanup, renderWithI18n, screen, within } from '../../../tests/setup/render';
import { useSettingsStore } from '../../stores/settings-store';
import { PhoneFinal } from './phone-final';

const podium = [
  { name: 'Amy', points: 1875, rank: 1 },
  { name: 'Ben', points: 900, rank: 2 },
  { name: 'Cai', points: 900, rank: 2 },
];

const show = (locale: 'en' | 'zh-CN', rank: number, of = 12, points = 4200) => {
  useSettingsStore.setState({ locale });
  return renderWithI18n(<PhoneFinal final={{ rank, of, points, podium }} />);
};

test.each([
  [1, '1st'],
  [2, '2nd'],
  [3, '3rd'],
  [4, '4th'],
  [11, '11th'],
  [12, '12th'],
  [13, '13th'],
  [21, '21st'],
  [22, '22nd'],
  [1003, '1,003rd'],
])('in English, place %d reads "%s"', (rank, place) => {
  show('en', rank, 2000);
  expect(screen.getByText(`You finished ${place} of 2,000, with 4,200 points.`)).toBeInTheDocument();
  cleanup();
});

test('the phone reads its own place and points, and the podium with tied places shared, in both languages', () => {
  show('en', 3);
  const result = screen.getByRole('region', { name: 'Your result' });
  expect(within(result).getByText('You finished 3rd of 12, with 4,200 points.')).toBeInTheDocument();
  expect(within(result).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1st Amy 1,875 points', '2nd Ben 900 points', '2nd Cai 900 points']);
  cleanup();
  show('zh-CN', 3);
  const zh = screen.getByRole('region', { name: '你的成绩' });
  expect(within(zh).getByText('你在 12 人中获得第 3 名，共 4,200 分。')).toBeInTheDocument();
  expect(within(zh).getByRole('list', { name: '获奖名单' })).toBeInTheDocument();
});
