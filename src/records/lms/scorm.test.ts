import { expect, test } from 'vitest';
import { findApi, type Scorm12Api, type Scorm2004Api } from './find-api';
import { scorm12Session, scorm2004Session } from './scorm';

function fakeLms<T>(names: { init: string; get: string; set: string; commit: string; finish: string }, data: Record<string, string>) {
  const calls: string[] = [];
  const api = {
    [names.init]: () => (calls.push('init'), 'true'),
    [names.get]: (k: string) => data[k] ?? '',
    [names.set]: (k: string, v: string) => ((data[k] = v), 'true'),
    [names.commit]: () => (calls.push('commit'), 'true'),
    [names.finish]: () => (calls.push('finish'), 'true'),
    LMSGetLastError: () => '0',
    GetLastError: () => '0',
  };
  return { api: api as unknown as T, data, calls };
}

const state = { completed: false, passed: false, scaled: 0.875, progressMeasure: 0.1, objectives: [], interactions: [], failed: false };

test('SCORM 1.2: status, score, suspend data, then session time and suspend on exit', () => {
  const lms = fakeLms<Scorm12Api>({ init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' }, { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.student_id': 'E9', 'cmi.core.student_name': 'Li, Na', 'cmi.core.entry': 'resume', 'cmi.suspend_data': '1|1|' });
  let t = 0;
  const session = scorm12Session(lms.api, () => t);
  expect(session.learner).toEqual({ id: 'E9', name: 'Na Li' });
  expect(session.suspendData).toBe('1|1|');
  expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
  session.report(state, '1|11|');
  expect(lms.data).toMatchObject({ 'cmi.core.score.raw': '88', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.suspend_data': '1|11|' });
  session.report({ ...state, completed: true, passed: true }, '1|11|');
  expect(lms.data['cmi.core.lesson_status']).toBe('passed');
  t = 3_723_450;
  session.end();
  session.end();
  expect(lms.data['cmi.core.session_time']).toBe('01:02:03.45');
  expect(lms.data['cmi.core.exit']).toBe('');
  expect(lms.calls.filter((c) => c === 'finish')).toHaveLength(1);
  session.report(state, 'ignored after the end');
  expect(lms.data['cmi.suspend_data']).toBe('1|11|');
});

test('SCORM 2004: completion and success apart, scaled score, progress measure, exit suspend while unfinished', () => {
  const lms = fakeLms<Scorm2004Api>({ init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' }, { 'cmi.learner_id': 'E9', 'cmi.learner_name': '李娜' });
  const session = scorm2004Session(lms.api, () => 0);
  session.report({ ...state, completed: true }, 'x');
  expect(lms.data).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'unknown', 'cmi.score.scaled': '0.875', 'cmi.progress_measure': '0.1' });
  session.end();
  expect(lms.data['cmi.exit']).toBe('suspend');
  expect(lms.data['cmi.session_time']).toBe('PT0S');
  expect(lms.calls).toEqual(['init', 'commit', 'commit', 'finish']);
});

test('the API is found in a parent or an opener window, not invented', () => {
  const api = { LMSInitialize: () => 'true' };
  const top = { API: api } as unknown as Window;
  (top as unknown as { parent: Window }).parent = top;
  const child = { parent: top } as unknown as Window;
  expect(findApi(child, 'API')).toBe(api);
  const lonely = {} as Window;
  (lonely as unknown as { parent: Window }).parent = lonely;
  expect(findApi(lonely, 'API')).toBeUndefined();
  const popup = { opener: child } as unknown as Window;
  (popup as unknown as { parent: Window }).parent = popup;
  expect(findApi(popup, 'API')).toBe(api);
});

test('a first launch never reads suspend data; failed is said once no attempt is left, and the session then ends normally', () => {
  const reads: string[] = [];
  const lms = fakeLms<Scorm2004Api>({ init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' }, { 'cmi.entry': 'ab-initio' });
  const get = lms.api.GetValue.bind(lms.api);
  lms.api.GetValue = (k) => (reads.push(k), get(k));
  const session = scorm2004Session(lms.api, () => 0);
  expect(session.suspendData).toBe('');
  expect(reads).not.toContain('cmi.suspend_data');
  session.report({ ...state, failed: true }, 'x');
  expect(lms.data['cmi.success_status']).toBe('failed');
  session.end();
  expect(lms.data['cmi.exit']).toBe('normal');

  const old = fakeLms<Scorm12Api>({ init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish' }, { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': 'stale' });
  const s12 = scorm12Session(old.api, () => 0);
  expect(s12.suspendData).toBe('');
  s12.report({ ...state, failed: true }, 'x');
  expect(old.data['cmi.core.lesson_status']).toBe('failed');
});

test('objectives keep their index; interactions are appended after those the LMS holds, each once', () => {
  const lms = fakeLms<Scorm2004Api>({ init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate' }, { 'cmi.entry': 'resume', 'cmi.interactions._count': '3' });
  const session = scorm2004Session(lms.api, () => 0);
  const objective = { id: '01-foundations', completion: 'completed', success: 'passed', scaled: 0.75, progress: 1 } as const;
  const interaction = { id: '01-foundations.a1.q1', objectiveId: '01-foundations', type: 'true-false', response: [true], correct: [true], choices: [], result: 'correct', score: 1, at: '2026-12-04T10:00:00.123Z' } as const;
  session.report({ ...state, objectives: [objective], interactions: [interaction] }, 'x');
  session.report({ ...state, objectives: [objective], interactions: [interaction, { ...interaction, id: '01-foundations.a1.q2' }] }, 'x');
  expect(lms.data).toMatchObject({ 'cmi.objectives.0.id': '01-foundations', 'cmi.objectives.0.success_status': 'passed', 'cmi.objectives.0.score.scaled': '0.75' });
  expect(lms.data).toMatchObject({ 'cmi.interactions.3.id': '01-foundations.a1.q1', 'cmi.interactions.4.id': '01-foundations.a1.q2' });
  expect(lms.data['cmi.interactions.5.id']).toBeUndefined();
});
