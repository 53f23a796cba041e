import { afterEach, expect, test, vi } from 'vitest';
import { renderApp, screen, within } from '../../../tests/setup/render';
import { fakeHrApi, json, makeRows } from '../../../tests/fixtures/hr-api';
import { useSettingsStore } from '../../stores/settings-store';

afterEach(() => {
  vi.unstubAllGlobals();
  useSettingsStore.getState().setLocale('zh-CN');
});

const course = 'https://sales-target-academy.example.com/xapi/course/modules/01-foundations';
const row = { ...makeRows(1)[0]!, final: { bestScore: 0.62, attempts: 2, passed: false } };
const detail = {
  trainee: { employeeId: row.employeeId, name: row.name, department: row.department, registered: '2026-03-01T08:00:00.000Z' },
  row,
  timeline: [
    { id: 's4', timestamp: '2026-03-05T02:30:00.000Z', verb: 'passed', activity: `${course}/quiz`, moduleId: '01-foundations', part: 'quiz', scaled: 0.9, success: true, durationMs: 240_000 },
    { id: 's3', timestamp: '2026-03-05T02:28:00.000Z', verb: 'answered', activity: `${course}/quiz/items/target-definition-best-fit`, moduleId: '01-foundations', part: 'item', success: false, response: 'activity-list' },
    { id: 's2', timestamp: '2026-03-04T09:00:00.000Z', verb: 'experienced', activity: `${course}/slides/what-is-a-sales-target`, moduleId: '01-foundations', part: 'slide', durationMs: 95_000 },
    { id: 's1', timestamp: '2026-03-01T09:00:00.000Z', verb: 'http://example.com/verbs/bookmarked', activity: 'https://elsewhere.example/page' },
  ],
};

const traineeRoute = { 'GET /hr/api/trainees/:id': ({ url }: { url: URL }) => (url.pathname === `/hr/api/trainees/${row.employeeId}` ? json(200, detail) : json(404, { error: 'not_found' })) };

test('clicking a trainee opens their details and timeline, and the way back keeps the filters', async () => {
  const api = fakeHrApi({ signedIn: true, routes: traineeRoute });
  const { user, router } = renderApp('/hr?department=渠道部');
  await user.click(await screen.findByRole('link', { name: '学员1' }));

  expect(await screen.findByRole('heading', { level: 1, name: '学员1' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe('/hr/trainees/E00001');
  expect(api.to('/hr/api/trainees/E00001')).toHaveLength(1);

  // The final assessment and the certificate sit beside the course status.
  expect(screen.getByText('结业考试').nextElementSibling).toHaveTextContent('未通过 · 最高分 62% · 2 次测验');
  expect(screen.getByText('结业证书').nextElementSibling).toHaveTextContent('未颁发');

  const modules = screen.getByRole('region', { name: '各模块进度' });
  const foundations = within(modules).getByRole('rowheader', { name: '销售目标基础' }).closest('tr')!;
  expect(foundations).toHaveTextContent('已完成');
  expect(foundations).toHaveTextContent('85%');
  expect(foundations).toHaveTextContent('10分钟');
  expect(within(modules).getByRole('rowheader', { name: '实战演练与总结' }).closest('tr')).toHaveTextContent('未开始');

  const timeline = within(screen.getByRole('region', { name: '学习记录' })).getByRole('list');
  const entries = within(timeline).getAllByRole('listitem');
  expect(entries).toHaveLength(4);
  expect(entries[0]).toHaveTextContent('通过 销售目标基础 · 模块测验');
  expect(entries[0]).toHaveTextContent('得分 90% · 用时 4分钟');
  expect(entries[0]!.querySelector('time')).toHaveAttribute('dateTime', '2026-03-05T02:30:00.000Z');
  expect(entries[0]!.querySelector('time')!.textContent).toMatch(/^2026年3月5日 \d{2}:\d{2}$/);
  // The question and the option chosen, in Chinese, not their ids (kept in the tooltips).
  expect(await within(entries[1]!).findByText('销售目标基础 · 测验题 下面哪种说法最完整地概括了“销售目标”是什么？')).toHaveAttribute('title', expect.stringContaining('target-definition-best-fit'));
  expect(entries[1]).toHaveTextContent('答错 · 回答：一份写明本月要拜访哪些客户的工作清单。');
  expect(entries[1]).not.toHaveTextContent('activity-list');
  expect(entries[2]).toHaveTextContent('浏览 销售目标基础 · 幻灯片「什么是销售目标？」');
  expect(entries[2]).toHaveTextContent('用时 1分钟35秒');
  expect(entries[3]).toHaveTextContent('其他动作（bookmarked） https://elsewhere.example/page');

  await user.click(screen.getByRole('link', { name: /返回看板/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'HR 学习数据看板' })).toBeInTheDocument();
  expect(router.state.location.search).toBe(`?${new URLSearchParams({ department: '渠道部' })}`);
  expect(screen.getByLabelText('部门')).toHaveValue('渠道部');
});

test('the timeline speaks the chosen language', async () => {
  useSettingsStore.getState().setLocale('en');
  fakeHrApi({ signedIn: true, routes: traineeRoute });
  renderApp('/hr/trainees/E00001');
  const timeline = within(await screen.findByRole('region', { name: 'Learning record' })).getByRole('list');
  const entries = within(timeline).getAllByRole('listitem');
  expect(entries[0]).toHaveTextContent('Passed Sales target fundamentals · module quiz');
  expect(entries[2]).toHaveTextContent('Viewed Sales target fundamentals · slide “What is a sales target?”');
  expect(entries[2]).toHaveTextContent('Took 1 min 35 sec');
  expect(entries[0]!.querySelector('time')!.textContent).toMatch(/^Mar 5, 2026, \d{1,2}:\d{2}\s[AP]M$/);
  expect(await within(entries[1]!).findByText('Sales target fundamentals · quiz question Which statement best sums up what a sales target is?')).toBeInTheDocument();
  expect(entries[1]).toHaveTextContent('Incorrect · Answer: A to-do list of the customers to visit this month.');
});

test('the course, the final assessment and a practice read as their names in either language, not as their IRIs; a role-play as its title and ending', async () => {
  const root = 'https://sales-target-academy.example.com/xapi/course';
  const timeline = [
    { id: 'c1', timestamp: '2026-03-05T02:31:00.000Z', verb: 'completed', activity: root, courseActivity: 'course' },
    { id: 'c2', timestamp: '2026-03-05T02:30:00.000Z', verb: 'passed', activity: `${root}/final-assessment`, courseActivity: 'final', scaled: 0.9 },
    { id: 'c3', timestamp: '2026-03-05T02:29:00.000Z', verb: 'completed', activity: `${root}/practice/roleplays/price`, courseActivity: 'roleplay', scaled: 0.29, response: 'lost' },
  ];
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/trainees/:id': () => json(200, { ...detail, timeline }) } });
  const view = renderApp('/hr/trainees/E00001');
  const zh = within(within(await screen.findByRole('region', { name: '学习记录' })).getByRole('list')).getAllByRole('listitem');
  await within(zh[2]!).findByText('异议处理角色扮演 · 价格异议：“你们太贵了”');
  expect(zh.map((e) => e.querySelector('.hr-timeline__what')!.textContent)).toEqual(['完成 课程「销售目标学院」', '通过 结业考试', '完成 异议处理角色扮演 · 价格异议：“你们太贵了”']);
  expect(zh[2]).toHaveTextContent('回答：丢单');
  view.unmount();
  useSettingsStore.getState().setLocale('en');
  renderApp('/hr/trainees/E00001');
  const en = within(within(await screen.findByRole('region', { name: 'Learning record' })).getByRole('list')).getAllByRole('listitem');
  await within(en[2]!).findByText('Objection-handling role-play · Price objection: “You’re too expensive”');
  expect(en.map((e) => e.querySelector('.hr-timeline__what')!.textContent)).toEqual(['Completed Course “Sales Target Academy”', 'Passed Final assessment', 'Completed Objection-handling role-play · Price objection: “You’re too expensive”']);
  expect(en[2]).toHaveTextContent('Score 29% · Answer: Lost');
});

test('a matching answer reads as its pairs, and a question the course no longer has keeps its id, said so', async () => {
  useSettingsStore.getState().setLocale('en');
  const timeline = [
    { id: 'm1', timestamp: '2026-03-05T02:29:00.000Z', verb: 'answered', activity: `${course}/quiz/items/type-example-match`, moduleId: '01-foundations', part: 'item', success: false, response: 'units[.]revenue[,]revenue[.]units' },
    { id: 'm2', timestamp: '2026-03-05T02:28:00.000Z', verb: 'answered', activity: `${course}/quiz/items/retired-question`, moduleId: '01-foundations', part: 'item', success: true, response: 'B' },
  ];
  fakeHrApi({ signedIn: true, routes: { 'GET /hr/api/trainees/:id': () => json(200, { ...detail, timeline }) } });
  renderApp('/hr/trainees/E00001');
  const entries = within(await screen.findByRole('region', { name: 'Learning record' })).getAllByRole('listitem');
  expect(await within(entries[0]!).findByText('Sales target fundamentals · quiz question Match each target to its type of sales target.')).toBeInTheDocument();
  expect(entries[0]).toHaveTextContent('Answer: Sell 200 licenses of the entry edition… → Revenue target; Achieve sales revenue of RMB 8 million in the… → Unit target');
  expect(entries[1]).toHaveTextContent('quiz question retired-question (not in the current course)');
  expect(entries[1]).toHaveTextContent('Answer: B (not in the current course)');
});

test('an unknown employee id says so', async () => {
  fakeHrApi({ signedIn: true, routes: traineeRoute });
  renderApp('/hr/trainees/E99999');
  expect(await screen.findByRole('alert')).toHaveTextContent('找不到工号为 E99999 的学员。');
  expect(screen.getByRole('link', { name: /返回看板/ })).toHaveAttribute('href', '/hr');
});

test('a learner an LMS sent, who never registered, opens by their actor key and is said to be not registered', async () => {
  const key = 'account:https://lms.example.com::E00001';
  // Their LMS account name is a registered trainee's employee id: the link must not lead there.
  const stray = { ...makeRows(1)[0]!, name: 'LMS 学员', department: '', identity: null, actorKey: key };
  const strayDetail = { trainee: { employeeId: 'E00001', name: 'LMS 学员', department: '', registered: null, actorKey: key }, row: stray, timeline: [] };
  const api = fakeHrApi({
    signedIn: true,
    rows: [...makeRows(1), stray],
    routes: { 'GET /hr/api/trainees/:id': ({ url }) => (url.pathname === `/hr/api/trainees/${encodeURIComponent(key)}` ? json(200, strayDetail) : json(404, { error: 'not_found' })) },
  });
  const { user, router } = renderApp('/hr');
  const line = (await screen.findByRole('link', { name: 'LMS 学员' })).closest('[role="row"]') as HTMLElement;
  expect(line).toHaveTextContent('LMS 学员 · 未注册');
  await user.click(within(line).getByRole('link', { name: 'LMS 学员' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'LMS 学员' })).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(`/hr/trainees/${encodeURIComponent(key)}`);
  expect(api.to(`/hr/api/trainees/${encodeURIComponent(key)}`)).toHaveLength(1);
  expect(screen.getByText('身份来源').nextElementSibling).toHaveTextContent('未注册');
});
