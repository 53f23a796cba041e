import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ics';
import { addOneMonth, followUpDates, followUpsOn, quarterEndAfter } from './follow-ups';

describe('the follow-up dates', () => {
  test('two weeks, one month, and the end of the quarter after that month', () => {
    expect(followUpDates('2026-12-04')).toEqual({ 'two-weeks': '2026-12-18', 'one-month': '2027-01-04', 'quarter-end': '2027-03-31' });
    expect(followUpDates('2026-02-10')).toEqual({ 'two-weeks': '2026-02-24', 'one-month': '2026-03-10', 'quarter-end': '2026-03-31' });
  });

  test('a month on stays within the month; a quarter end on the day moves to the next quarter', () => {
    expect(addOneMonth('2027-01-31')).toBe('2027-02-28');
    expect(quarterEndAfter('2026-06-30')).toBe('2026-09-30');
  });

  test('a check-in opens on its date and stays done once answered', () => {
    const done = [{ id: 'two-weeks', at: '2026-12-19T08:00:00Z', score: 1, items: 6, answers: {} }];
    expect(followUpsOn('2026-12-04', '2026-12-17', []).map((f) => f.status)).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(followUpsOn('2026-12-04', '2026-12-18', []).map((f) => f.status)).toEqual(['open', 'upcoming', 'upcoming']);
    expect(followUpsOn('2026-12-04', '2027-01-05', done).map((f) => f.status)).toEqual(['done', 'open', 'upcoming']);
  });
});

describe('the iCalendar file', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  test('text values are escaped', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  test('long lines fold at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'销售目标复习'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  test('all-day events with UID, DTSTAMP and a link back, CRLF line ends', () => {
    const ics = buildCalendar({
      name: 'Sales Target Academy',
      stamp: new Date('2026-12-04T20:27:03.456Z'),
      events: [{ uid: 'two-weeks-E1@sta', date: '2026-12-18', summary: 'Two-week check-in, targets; plan', description: 'Line one\nLine two', url: 'https://academy.example.com/review' }],
    });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const lines = ics.split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:two-weeks-E1@sta', 'DTSTAMP:20261204T202703Z',
        'DTSTART;VALUE=DATE:20261218', 'DTEND;VALUE=DATE:20261219', 'SUMMARY:Two-week check-in\\, targets\\; plan',
        'DESCRIPTION:Line one\\nLine two', 'URL:https://academy.example.com/review', 'END:VEVENT', 'END:VCALENDAR',
      ]),
    );
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
  });
});
