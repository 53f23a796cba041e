import type { FollowUpRecord } from './deck';

/** The deck's timeline after the training: within two weeks, within a month, at quarter end. */
export const FOLLOW_UP_IDS = ['two-weeks', 'one-month', 'quarter-end'] as const;
export type FollowUpId = (typeof FOLLOW_UP_IDS)[number];

/** How a status question is answered. */
export const FOLLOW_UP_STATUSES = ['done', 'partly', 'not-yet'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * The action-plan questions each check-in asks (slide 50): at two weeks, are the targets final
 * and broken down and is the funnel process reviewed; at one month, is the tracking system with
 * its warnings in use, and the action plan; at quarter end, was the first full review held and
 * were targets and incentives right. Each check-in ends with a note in the trainee's words.
 */
export const FOLLOW_UP_QUESTIONS: Record<FollowUpId, readonly { id: string; kind: 'status' | 'text' }[]> = {
  'two-weeks': [
    { id: 'targetsFinal', kind: 'status' },
    { id: 'funnelReviewed', kind: 'status' },
    { id: 'note', kind: 'text' },
  ],
  'one-month': [
    { id: 'trackingInUse', kind: 'status' },
    { id: 'actionPlanInUse', kind: 'status' },
    { id: 'note', kind: 'text' },
  ],
  'quarter-end': [
    { id: 'firstReviewHeld', kind: 'status' },
    { id: 'targetsReasonable', kind: 'status' },
    { id: 'note', kind: 'text' },
  ],
};

/** Items drawn across all modules for a check-in's quiz. */
export const FOLLOW_UP_QUIZ_SIZE = 6;

const parseDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
};
const formatDay = (date: Date) => date.toISOString().slice(0, 10);

/** `YYYY-MM-DD` plus whole days. */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** `YYYY-MM-DD` one calendar month on, kept within the month (Jan 31 → Feb 28). */
export function addOneMonth(day: string): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), last));
  return formatDay(target);
}

/** The last day of the first calendar quarter that ends after `day`. */
export function quarterEndAfter(day: string): string {
  const date = parseDay(day);
  const quarterLastMonth = Math.floor(date.getUTCMonth() / 3) * 3 + 2;
  let end = new Date(Date.UTC(date.getUTCFullYear(), quarterLastMonth + 1, 0));
  if (formatDay(end) <= day) end = new Date(Date.UTC(date.getUTCFullYear(), quarterLastMonth + 4, 0));
  return formatDay(end);
}

/**
 * The check-in dates from the day the course was completed (`YYYY-MM-DD`): two weeks on, one
 * month on, and the end of the quarter after that month.
 */
export function followUpDates(completedDay: string): Record<FollowUpId, string> {
  const oneMonth = addOneMonth(completedDay);
  return { 'two-weeks': addDays(completedDay, 14), 'one-month': oneMonth, 'quarter-end': quarterEndAfter(oneMonth) };
}

export interface FollowUpView {
  id: FollowUpId;
  date: string;
  status: 'upcoming' | 'open' | 'done';
  done?: FollowUpRecord;
}

/** Each check-in on `today` (`YYYY-MM-DD`): upcoming, open from its date on, or done. */
export function followUpsOn(completedDay: string, today: string, done: readonly FollowUpRecord[]): FollowUpView[] {
  const dates = followUpDates(completedDay);
  return FOLLOW_UP_IDS.map((id) => {
    const record = done.find((r) => r.id === id);
    if (record) return { id, date: dates[id], status: 'done', done: record };
    return { id, date: dates[id], status: today >= dates[id] ? 'open' : 'upcoming' };
  });
}

export const isFollowUpId = (v: unknown): v is FollowUpId => typeof v === 'string' && (FOLLOW_UP_IDS as readonly string[]).includes(v);
