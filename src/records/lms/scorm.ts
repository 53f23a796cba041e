import { displayLearnerName, isoDuration, scorm12Time, type LmsCourseState } from '../../domain';
import type { Scorm12Api, Scorm2004Api } from './find-api';
import { scorm12Interaction, scorm2004Interaction, type LmsInteraction } from './interactions';
import { scorm12Objective, scorm2004Objective, type LmsObjective } from './objectives';

/** Everything an LMS is told after a change. */
export interface LmsReport extends LmsCourseState {
  /** Each module, then the final assessment, in a fixed order (so each keeps its index). */
  objectives: readonly LmsObjective[];
  /** Answers given; each is written once (by id), appended after what the LMS already holds. */
  interactions: readonly LmsInteraction[];
  /** The final assessment failed with no attempt left. */
  failed: boolean;
}

export interface LmsSession {
  format: 'scorm12' | 'scorm2004' | 'cmi5';
  learner: { id: string; name: string };
  /** What the LMS kept from the last session ('' on a first launch). */
  suspendData: string;
  /** Tells the LMS where the trainee stands (called after each change, debounced). */
  report(state: LmsReport, suspendData: string): void;
  /** The page goes away. */
  end(): void;
  /** The trainee chooses to leave the course (cmi5: `terminated`, then back to the LMS). */
  exit?(): void;
}

/**
 * Writes through `set`, skipping values the LMS already has from this session, and appends
 * interactions after the `count` the LMS held at launch.
 */
function writer(set: (element: string, value: string) => void, count: number) {
  const written = new Map<string, string>();
  const told = new Set<string>();
  let next = count;
  return {
    set(element: string, value: string) {
      if (written.get(element) === value) return;
      set(element, value);
      written.set(element, value);
    },
    pairs(list: [string, string][]) {
      for (const [k, v] of list) this.set(k, v);
    },
    interactions(list: readonly LmsInteraction[], format: (i: LmsInteraction, n: number) => [string, string][]) {
      for (const i of list) {
        if (told.has(i.id)) continue;
        told.add(i.id);
        for (const [k, v] of format(i, next)) set(k, v);
        next += 1;
      }
    },
  };
}

const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : 0);

/** SCORM 1.2: cmi.core.*, objectives, interactions and a 4,096-character suspend_data. */
export function scorm12Session(api: Scorm12Api, now = Date.now): LmsSession {
  const started = now();
  api.LMSInitialize('');
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  // suspend_data exists only after a suspended session; asking before is asking for an error.
  const resumed = api.LMSGetValue('cmi.core.entry') === 'resume';
  const out = writer((k, v) => void api.LMSSetValue(k, v), count(api.LMSGetValue('cmi.interactions._count')));
  let finished = false;
  let ended = false;
  return {
    format: 'scorm12',
    learner: { id: api.LMSGetValue('cmi.core.student_id'), name: displayLearnerName(api.LMSGetValue('cmi.core.student_name')) },
    suspendData: resumed ? api.LMSGetValue('cmi.suspend_data') : '',
    report(state, suspendData) {
      if (ended) return;
      const done = state.completed && state.passed;
      finished = done || state.failed;
      out.set('cmi.core.lesson_status', done ? 'passed' : state.failed ? 'failed' : 'incomplete');
      if (state.scaled !== null) {
        out.set('cmi.core.score.min', '0');
        out.set('cmi.core.score.max', '100');
        out.set('cmi.core.score.raw', String(Math.round(state.scaled * 100)));
      }
      state.objectives.forEach((o, n) => out.pairs(scorm12Objective(o, n)));
      out.interactions(state.interactions, scorm12Interaction);
      out.set('cmi.suspend_data', suspendData);
      api.LMSCommit('');
    },
    end() {
      if (ended) return;
      ended = true;
      api.LMSSetValue('cmi.core.session_time', scorm12Time(now() - started));
      api.LMSSetValue('cmi.core.exit', finished ? '' : 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}

/** SCORM 2004 (4th edition): completion and success apart, a scaled score, a progress measure, objectives and interactions. */
export function scorm2004Session(api: Scorm2004Api, now = Date.now): LmsSession {
  const started = now();
  api.Initialize('');
  const resumed = api.GetValue('cmi.entry') === 'resume';
  const out = writer((k, v) => void api.SetValue(k, v), count(api.GetValue('cmi.interactions._count')));
  let finished = false;
  let ended = false;
  return {
    format: 'scorm2004',
    learner: { id: api.GetValue('cmi.learner_id'), name: displayLearnerName(api.GetValue('cmi.learner_name')) },
    suspendData: resumed ? api.GetValue('cmi.suspend_data') : '',
    report(state, suspendData) {
      if (ended) return;
      const done = state.completed && state.passed;
      finished = done || state.failed;
      out.set('cmi.completion_status', state.completed ? 'completed' : 'incomplete');
      out.set('cmi.success_status', state.passed ? 'passed' : state.failed ? 'failed' : 'unknown');
      out.set('cmi.progress_measure', String(state.progressMeasure));
      if (state.scaled !== null) {
        out.set('cmi.score.scaled', String(state.scaled));
        out.set('cmi.score.min', '0');
        out.set('cmi.score.max', '100');
        out.set('cmi.score.raw', String(Math.round(state.scaled * 100)));
      }
      state.objectives.forEach((o, n) => out.pairs(scorm2004Objective(o, n)));
      out.interactions(state.interactions, scorm2004Interaction);
      out.set('cmi.suspend_data', suspendData);
      api.Commit('');
    },
    end() {
      if (ended) return;
      ended = true;
      api.SetValue('cmi.session_time', isoDuration(now() - started));
      api.SetValue('cmi.exit', finished ? 'normal' : 'suspend');
      api.Commit('');
      api.Terminate('');
    },
  };
}
