import { afterEach, expect, test } from 'vitest';
import { renderWithI18n, screen } from '../../../tests/setup/render';
import { useRecordsStatus } from '../../stores/records-status-store';
import { useSettingsStore } from '../../stores/settings-store';
import { RecordsNotices } from './records-notices';

afterEach(() => {
  useRecordsStatus.getState().update({ enabled: false, rejected: [] });
  useSettingsStore.getState().setLocale('zh-CN');
});

const refused = (status: number, reason: string) => ({ id: 's1', status, reason, statement: { id: 's1' } });

test('a refused quiz attempt is explained in the trainee’s language, not as the server’s raw JSON', () => {
  useRecordsStatus.getState().update({ enabled: true, rejected: [refused(409, '{"error":"already_scored","message":"this attempt was already scored; start a new attempt"}')] });
  renderWithI18n(<RecordsNotices />);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('有 1 条学习记录被服务器拒收');
  expect(alert).toHaveTextContent('这次测验已在另一个页面或设备上提交过，服务器保留了先提交的成绩。');
  expect(alert).not.toHaveTextContent('already_scored');
  expect(alert).not.toHaveTextContent('{');
});

test('in English, an unknown refusal names its status and what to do', () => {
  useSettingsStore.getState().setLocale('en');
  useRecordsStatus.getState().update({ enabled: true, rejected: [refused(502, '<html>Bad Gateway</html>')] });
  renderWithI18n(<RecordsNotices />);
  expect(screen.getByRole('alert')).toHaveTextContent('The server refused this record (status 502). Download the records and give them to your training administrator.');
  expect(screen.getByRole('alert')).not.toHaveTextContent('Bad Gateway');
});
