import { activityIds } from '../xapi/activities';

/** One statement in a trainee's timeline, as HR's drill-down shows it. */
export interface TimelineEntry {
  id: string;
  timestamp: string;
  /** A short name (`passed`) or, when the verb is not one of the course's, its IRI. */
  verb: string;
  activity: string;
  moduleId?: string;
  part?: 'module' | 'slide' | 'quiz' | 'item';
  /** What an activity outside the modules is (the course itself, the final assessment, a practice), so it reads as its name, not its IRI. */
  courseActivity?: CourseActivity;
  scaled?: number;
  success?: boolean;
  durationMs?: number;
  response?: string;
}

export type CourseActivity = 'course' | 'final' | 'smart' | 'roleplay' | 'sandbox' | 'review' | 'followUp';

/** Which of the course's activities outside its modules an object id is; undefined for a module's part or another course's activity. */
export function locateCourseActivity(objectId: string, courseIri: string): CourseActivity | undefined {
  const a = activityIds(courseIri);
  if (objectId === a.course) return 'course';
  if (objectId === a.final()) return 'final';
  if (objectId === a.smart()) return 'smart';
  if (objectId === a.sandbox()) return 'sandbox';
  if (objectId === a.review()) return 'review';
  if (objectId.startsWith(a.roleplay(''))) return 'roleplay';
  if (objectId.startsWith(a.followUp(''))) return 'followUp';
  return undefined;
}
