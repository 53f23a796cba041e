/** One statement in a trainee's timeline, as HR's drill-down shows it. */
export interface TimelineEntry {
  id: string;
  timestamp: string;
  /** A short name (`passed`) or, when the verb is not one of the course's, its IRI. */
  verb: string;
  activity: string;
  moduleId?: string;
  part?: 'module' | 'slide' | 'quiz' | 'item';
  scaled?: number;
  success?: boolean;
  durationMs?: number;
  response?: string;
}
