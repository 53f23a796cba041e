import { classifyReply } from '../roleplay/classify';
import type { ObjectionType } from '../roleplay/types';
import { analyzeGoal, CRITERIA, textLanguage } from '../smart';
import { activityIds } from '../xapi/activities';
import { criteriaMet } from '../xapi/practice-results';
import { buildStatement, type Statement } from '../xapi/statements';
import type { GoalReason, LiveAnswer, LiveQuestion, LiveSession, PhoneLocale } from './session';
import { isRight } from './answers';
import { answerWords } from './word-cloud';

/** The language a phone's text is written in (mostly), the phone's own when it cannot tell. */
const writtenIn = (text: string, fallback?: PhoneLocale): PhoneLocale => textLanguage(text, fallback ?? 'zh-CN');

/**
 * A SMART goal sent from a phone, with the analyzer's verdicts: judged in the language it is
 * written in, against the company of the call (its priorities make Relevant, its figures and
 * market growth make Achievable). Given `today` (YYYY-MM-DD), a deadline already behind it is not Time-bound.
 */
export function smartAnswer(rawText: string, at: number, q?: Extract<LiveQuestion, { kind: 'smart' }>, phone?: PhoneLocale, today?: string): LiveAnswer {
  const text = rawText.trim();
  const locale = writtenIn(text, phone);
  const analysis = analyzeGoal({ text, locale, context: q?.scenario?.context[locale], ...(today ? { today } : {}) });
  const verdicts = Object.fromEntries(CRITERIA.map((c) => [c, analysis[c]])) as Pick<typeof analysis, (typeof CRITERIA)[number]>;
  // A verdict that is not "met" keeps the analyzer's first reason for it, so the phone can say why.
  const why: Record<string, GoalReason> = {};
  for (const c of CRITERIA) {
    const reason = verdicts[c] === 'met' ? undefined : analysis.feedback.find((f) => f.criterion === c);
    if (reason) why[c] = reason.values ? { key: reason.key, values: Object.fromEntries(Object.entries(reason.values).map(([k, v]) => [k, typeof v === 'object' ? [...v] : v])) } : { key: reason.key };
  }
  return { text, at, verdicts, metCount: criteriaMet(verdicts), locale, why };
}

/** An open answer with its words for the cloud. */
export function openAnswer(rawText: string, at: number, phone?: PhoneLocale): LiveAnswer {
  const text = rawText.trim();
  return { text, at, words: answerWords(text, writtenIn(text, phone)) };
}

/** A reply to a pushed objection, typed on a phone, with the LSCPA step it takes (the language guessed from the text). */
export function objectionAnswer(rawText: string, at: number, objection: ObjectionType): LiveAnswer {
  const text = rawText.trim();
  const locale = writtenIn(text);
  const verdict = classifyReply({ text, locale, context: { objection } });
  return { text, at, step: verdict.step, warnings: verdict.warnings, locale };
}

/**
 * A live answer as an xAPI `answered` statement: under the trainee's own account when they joined
 * with their course token, otherwise an account of this session. Quiz answers are scored 1 or 0,
 * goals by the criteria they meet.
 */
export function liveAnswerStatement(args: { id: string; session: LiveSession; pid: string; question: LiveQuestion; answer: LiveAnswer; homePage: string; courseIri: string }): Statement {
  const { session: s, pid, question: q, answer: value, homePage, courseIri } = args;
  const p = s.participants[pid]!;
  const trainee = p.employeeId ? { name: p.name, employeeId: p.employeeId, homePage } : { name: p.name, employeeId: `live-${s.code}-${pid}`.slice(0, 60), homePage: `${homePage}/live` };
  const a = activityIds(courseIri);
  const scaled = 'optionIds' in value ? (q.kind === 'quiz' ? (isRight(q, value.optionIds) ? 1 : 0) : undefined) : 'metCount' in value ? value.metCount / 5 : undefined;
  const response = 'optionIds' in value ? value.optionIds.join('[,]') : 'rating' in value ? String(value.rating) : value.text;
  return buildStatement({
    id: args.id,
    trainee,
    verb: 'answered',
    object: { id: `${courseIri}/live/${s.code}/questions/${encodeURIComponent(q.id)}`, type: 'interaction', name: q.prompt },
    parent: q.kind === 'quiz' ? a.quizItem(s.moduleId, q.itemId) : a.module(s.moduleId),
    result: { response, ...(scaled !== undefined ? { scaled, success: scaled === 1 } : {}) },
    timestamp: new Date(value.at).toISOString(),
    courseIri,
  });
}
