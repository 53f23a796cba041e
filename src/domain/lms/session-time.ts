/** SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours at least two digits), from milliseconds. */
export function scorm12Time(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const hours = Math.min(9999, Math.floor(total / 3_600_000));
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = ((total % 60_000) / 1000).toFixed(2);
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.padStart(5, '0')}`;
}

/** SCORM 1.2 wants "Last, First" names; people are shown "First Last" (Western) or as given (Chinese). */
export function displayLearnerName(name: string): string {
  const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length === 2 ? `${parts[1]} ${parts[0]}` : name.trim();
}

/** An LMS's learner id as an employee id (letters, digits, `._-`, at most 40). */
export function learnerIdAsEmployeeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'learner';
}
