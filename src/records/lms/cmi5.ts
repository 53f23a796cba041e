import { XAPI_VERSION } from '../../domain';
import { packageConfig } from '../../config/package';
import { paths } from '../../config/paths';
import { useRecordsStatus } from '../../stores/records-status-store';
import { uuid } from '../uuid';
import { cmi5Statement, readLaunch, type Cmi5Launch, type LaunchData } from './cmi5-statements';
import { FINAL_OBJECTIVE } from './objectives';
import type { LmsReport, LmsSession } from './scorm';

// Kept under the course's IRI, not the AU's: with one AU per module, every AU resumes from the same place.
const RESUME_STATE = 'sales-target-academy.resume';

/**
 * What one AU is about: the whole course (`au` absent), one module, or the final assessment
 * (`?au=<id>` in the AU's URL in cmi5.xml).
 */
export function auOutcome(report: LmsReport, au: string | null): { completed: boolean; passed: boolean; scaled: number | null; hasQuiz: boolean } {
  if (!au) return { completed: report.completed, passed: report.passed, scaled: report.scaled, hasQuiz: true };
  const o = report.objectives.find((x) => x.id === au);
  if (!o) return { completed: false, passed: false, scaled: null, hasQuiz: false };
  // A module without a quiz has success unknown for good; its AU moves on when completed.
  const hasQuiz = au === FINAL_OBJECTIVE || o.success !== 'unknown' || o.scaled !== null;
  return { completed: au === FINAL_OBJECTIVE ? o.success === 'passed' : o.completion === 'completed', passed: o.success === 'passed', scaled: o.scaled, hasQuiz };
}

/**
 * cmi5 authorizes by header. Without cookies, an LRS that refuses the token answers the page's
 * request instead of making the browser ask the learner for a password, which never comes inside
 * an LMS's frame: the course then runs on with its progress kept in the browser.
 */
const noCookies: typeof fetch = (input, init) => fetch(input, { ...init, credentials: 'omit' });

/**
 * The AU's side of cmi5: fetch the auth token once (a second fetch is refused, so the token is
 * kept for reloads), read LMS.LaunchData, send `initialized` first, `completed` and `passed` at
 * most once each (only in Normal mode, passed only at or above the mastery score) and
 * `terminated` last, when the trainee exits. `launched`, `satisfied`, `abandoned` and `waived`
 * belong to the LMS. Resume state lives in the State resource.
 */
export async function cmi5Session(url: URL, fetchImpl: typeof fetch = noCookies): Promise<LmsSession | undefined> {
  const launch = readLaunch(url);
  if (!launch) return undefined;
  // The fetch URL is unique to one launch: a reload finds its session again, a new launch (of this or another AU) starts afresh.
  const key = (what: string) => `sta:cmi5:${launch.fetch}:${what}`;
  const au = url.searchParams.get('au');
  if (au && (!location.hash || location.hash === '#/')) history.replaceState(history.state, '', `#${au === FINAL_OBJECTIVE ? paths.final.href() : paths.module.href(au)}`);
  const token = await authToken(launch, key('token'), fetchImpl);
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': XAPI_VERSION };
  const stateUrl = (stateId: string, activityId = launch.activityId) =>
    `${launch.endpoint}activities/state?${new URLSearchParams({ stateId, activityId, agent: JSON.stringify(launch.actor), registration: launch.registration })}`;
  const resumeUrl = stateUrl(RESUME_STATE, packageConfig.courseIri || launch.activityId);

  const launchRes = await fetchImpl(stateUrl('LMS.LaunchData'), { headers });
  if (!launchRes.ok) throw new Error(`cmi5: LMS.LaunchData could not be read (HTTP ${launchRes.status})`);
  const data = (await launchRes.json()) as LaunchData;
  const resumeRes = await fetchImpl(resumeUrl, { headers });
  const suspendData = resumeRes.ok ? await resumeRes.text() : '';

  // Durations count from the session's start, which a reload must not move.
  const started = Number(sessionStorage.getItem(key('started'))) || Date.now();
  sessionStorage.setItem(key('started'), String(started));
  const flags = new Set<string>(JSON.parse(sessionStorage.getItem(key('sent')) ?? '[]') as string[]);
  const once = (flag: string) => {
    if (flags.has(flag)) return false;
    flags.add(flag);
    sessionStorage.setItem(key('sent'), JSON.stringify([...flags]));
    return true;
  };
  // Sent one request at a time, in order: cmi5 order matters more than speed here.
  let chain = Promise.resolve();
  const send = (statement: object, keepalive = false) => {
    chain = chain.then(async () => {
      const res = await fetchImpl(`${launch.endpoint}statements`, { method: 'POST', keepalive, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(statement) });
      if (!res.ok) console.warn(`cmi5: the LRS refused a statement (HTTP ${res.status})`, await res.text().catch(() => ''));
    });
    return chain;
  };
  const now = () => new Date().toISOString();
  const normal = data.launchMode === 'Normal';

  if (once('initialized')) await send(cmi5Statement(launch, data, 'initialized', { id: uuid(), timestamp: now() }));

  const name = typeof launch.actor.name === 'string' ? launch.actor.name : '';
  const account = launch.actor.account as { name?: string } | undefined;
  const learnerId = account?.name ?? (typeof launch.actor.mbox === 'string' ? launch.actor.mbox.replace(/^mailto:/, '') : 'learner');
  let ended = false;

  return {
    format: 'cmi5',
    learner: { id: learnerId, name },
    suspendData,
    report(report, text) {
      if (ended || flags.has('terminated')) return;
      void fetchImpl(resumeUrl, { method: 'PUT', headers: { ...headers, 'Content-Type': 'text/plain' }, body: text });
      if (!normal) return;
      const state = auOutcome(report, au);
      if (state.completed && once('completed')) void send(cmi5Statement(launch, data, 'completed', { id: uuid(), timestamp: now(), durationMs: Date.now() - started }));
      const mastered = state.scaled !== null && (data.masteryScore === undefined || state.scaled >= data.masteryScore);
      if (state.hasQuiz && state.passed && mastered && once('passed'))
        void send(cmi5Statement(launch, data, 'passed', { id: uuid(), timestamp: now(), durationMs: Date.now() - started, scaled: state.scaled ?? undefined }));
    },
    // Closing the window is not an exit: the LMS records `abandoned` for a session never terminated.
    end() {},
    exit() {
      if (ended || !once('terminated')) return;
      ended = true;
      void send(cmi5Statement(launch, data, 'terminated', { id: uuid(), timestamp: now(), durationMs: Date.now() - started }), true).then(() => {
        if (data.returnURL) location.assign(data.returnURL);
        else useRecordsStatus.getState().update({ exited: true });
      });
    },
  };
}

async function authToken(launch: Cmi5Launch, storageKey: string, fetchImpl: typeof fetch): Promise<string> {
  const kept = sessionStorage.getItem(storageKey);
  if (kept) return kept;
  const res = await fetchImpl(launch.fetch, { method: 'POST' });
  const body = (await res.json().catch(() => ({}))) as { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
  if (!res.ok || !body['auth-token']) throw new Error(`cmi5: the LMS gave no token (${body['error-code'] ?? res.status}: ${body['error-text'] ?? ''})`);
  sessionStorage.setItem(storageKey, body['auth-token']);
  return body['auth-token'];
}
