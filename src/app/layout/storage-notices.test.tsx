import { afterEach, expect, test } from 'vitest';
import { renderApp, screen, waitFor } from '../../../tests/setup/render';
import { useProgressStore } from '../../stores/progress-store';
import { useSettingsStore } from '../../stores/settings-store';
import { useStorageNotices } from '../../stores/storage-notices-store';

const original = Storage.prototype.setItem;
const refuseWrites = () => {
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};

afterEach(() => {
  Storage.prototype.setItem = original;
  useProgressStore.setState({ progress: { modules: {} } });
  useSettingsStore.getState().setLocale('zh-CN');
  useStorageNotices.setState({ notices: [], unsaved: [] });
});

test('when the browser refuses to save progress, the trainee is told to keep the page open, until saving works again', async () => {
  renderApp('/');
  await screen.findByRole('heading', { level: 1, name: '销售目标学院' });
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  refuseWrites();
  useProgressStore.getState().markSeen('00-intro', 'welcome');
  expect(await screen.findByRole('alert')).toHaveTextContent('本浏览器不让课程保存你的学习进度');
  expect(screen.getByRole('alert')).toHaveTextContent('请先不要关闭或刷新这个页面');

  Storage.prototype.setItem = original;
  useProgressStore.getState().markSeen('00-intro', 'course-map');
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
});

test('in English too', async () => {
  useSettingsStore.getState().setLocale('en');
  renderApp('/');
  refuseWrites();
  useProgressStore.getState().markSeen('00-intro', 'welcome');
  expect(await screen.findByRole('alert')).toHaveTextContent('This browser is not letting the course save your progress');
});
