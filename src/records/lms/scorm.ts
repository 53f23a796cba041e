import { displayLearnerName, isoDuration, scorm12Time, type LmsCourseState } from '../../domain';
import type { Scorm12Api, Scorm2004Api } from './find-api';

export interface LmsSession {
  format: 'scorm12' | 'scorm2004' | 'cmi5';
  learner: { id: string; name: string };
  /** What the LMS kept from the last session ('' on a first launch). */
  suspendData: string;
  /** Tells the LMS where the trainee stands (called after each change, debounced). */
  report(state: LmsCourseState, suspendData: string): void;
  /** The page goes away. */
  end(): void;
  /** The trainee chooses to leave the course (cmi5: `terminated`, then back to the LMS). */
  exit?(): void;
}

/** SCORM 1.2: cmi.core.* and a 4,096-character suspend_data. */
export function scorm12Session(api: Scorm12Api, now = Date.now): LmsSession {
  const started = now();
  api.LMSInitialize('');
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  let done = false;
  let ended = false;
  return {
    format: 'scorm12',
    learner: { id: api.LMSGetValue('cmi.core.student_id'), name: displayLearnerName(api.LMSGetValue('cmi.core.student_name')) },
    suspendData: api.LMSGetValue('cmi.suspend_data'),
    report(state, suspendData) {
      if (ended) return;
      done = state.completed && state.passed;
      api.LMSSetValue('cmi.core.lesson_status', done ? 'passed' : 'incomplete');
      if (state.scaled !== null) {
        api.LMSSetValue('cmi.core.score.min', '0');
        api.LMSSetValue('cmi.core.score.max', '100');
        api.LMSSetValue('cmi.core.score.raw', String(Math.round(state.scaled * 100)));
      }
      api.LMSSetValue('cmi.suspend_data', suspendData);
      api.LMSCommit('');
    },
    end() {
      if (ended) return;
      ended = true;
      api.LMSSetValue('cmi.core.session_time', scorm12Time(now() - started));
      api.LMSSetValue('cmi.core.exit', done ? '' : 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}

/** SCORM 2004 (4th edition): completion and success apart, a scaled score and a progress measure. */
export function scorm2004Session(api: Scorm2004Api, now = Date.now): LmsSession {
  const started = now();
  api.Initialize('');
  let done = false;
  let ended = false;
  return {
    format: 'scorm2004',
    learner: { id: api.GetValue('cmi.learner_id'), name: displayLearnerName(api.GetValue('cmi.learner_name')) },
    suspendData: api.GetValue('cmi.suspend_data'),
    report(state, suspendData) {
      if (ended) return;
      done = state.completed && state.passed;
      api.SetValue('cmi.completion_status', state.completed ? 'completed' : 'incomplete');
      api.SetValue('cmi.success_status', state.passed ? 'passed' : 'unknown');
      api.SetValue('cmi.progress_measure', String(state.progressMeasure));
      if (state.scaled !== null) {
        api.SetValue('cmi.score.scaled', String(state.scaled));
        api.SetValue('cmi.score.min', '0');
        api.SetValue('cmi.score.max', '100');
        api.SetValue('cmi.score.raw', String(Math.round(state.scaled * 100)));
      }
      api.SetValue('cmi.suspend_data', suspendData);
      api.Commit('');
    },
    end() {
      if (ended) return;
      ended = true;
      api.SetValue('cmi.session_time', isoDuration(now() - started));
      api.SetValue('cmi.exit', done ? 'normal' : 'suspend');
      api.Commit('');
      api.Terminate('');
    },
  };
}
