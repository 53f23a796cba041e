import { describe, expect, test } from 'vitest';
import { activityIds } from '../xapi/activities';
import { VERBS } from '../xapi/vocabulary';
import type { ModuleRecord } from '../records/module-progress';
import type { QuizAttempt } from '../quiz/results';
import { CODE_ALPHABET, normaliseCode, verificationCode } from './code';
import { certificateStatus, completionFromRecords, completionFromStores, type ModuleCompletion } from './completion';
import { parseCertificateRecord } from './record';

const bytes = (...values: number[]) => Uint8Array.from({ length: 16 }, (_, i) => values[i % values.length]!);

describe('verification codes', () => {
  test('STA and four groups of four symbols, none of 0, O, 1, I or L', () => {
    for (const seed of [0, 1, 7, 128, 255]) {
      const code = verificationCode(bytes(seed, seed * 3 + 1));
      expect(code).toMatch(/^STA-[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(CODE_ALPHABET).toHaveLength(31);
  });

  test('the same bytes give the same code; different bytes a different one; too few bytes are refused', () => {
    expect(verificationCode(bytes(9, 4))).toBe(verificationCode(bytes(9, 4)));
    expect(verificationCode(bytes(9, 4))).not.toBe(verificationCode(bytes(9, 5)));
    expect(() => verificationCode(new Uint8Array(8))).toThrow(RangeError);
  });

  test('fifteen random symbols: over 60 bits', () => {
    expect(15 * Math.log2(CODE_ALPHABET.length)).toBeGreaterThan(74);
  });

  test('any case, with or without dashes, spaces, the prefix or full-width characters, reads back to the code', () => {
    const code = verificationCode(bytes(42, 17, 200));
    const bare = code.replace(/-/g, '');
    for (const typed of [code, code.toLowerCase(), bare, bare.slice(3), ` ${code.replace(/-/g, ' ')} `, code.replace(/-/g, '－'), code.replace(/[A-Z2-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))])
      expect(normaliseCode(typed), typed).toBe(code);
  });

  test('one mistyped symbol or two neighbours swapped fail the check', () => {
    const code = verificationCode(bytes(3, 141, 59));
    const symbols = code.slice(4).replace(/-/g, '');
    for (let i = 0; i < symbols.length; i++) {
      for (const other of CODE_ALPHABET) {
        if (other === symbols[i]) continue;
        expect(normaliseCode(symbols.slice(0, i) + other + symbols.slice(i + 1))).toBeNull();
      }
      if (i + 1 < symbols.length && symbols[i] !== symbols[i + 1])
        expect(normaliseCode(symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2))).toBeNull();
    }
  });

  test.each(['', 'STA-AAAA-AAAA-AAAA', 'STA-0000-0000-0000-0000', 'hello', 'STA-2222-2222-2222-22222', 'x'.repeat(200)])('%j is not a code', (text) => {
    expect(normaliseCode(text)).toBeNull();
  });
});

const T = (day: number, hour = 9) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const done = (id: string, satisfiedAt: string, hasQuiz = true): ModuleCompletion => ({ id, hasQuiz, read: true, passed: hasQuiz, satisfiedAt });

describe('when the course is complete for a certificate', () => {
  test('every module satisfied and the final passed: the best final score, completed when the last condition was met', () => {
    const status = certificateStatus(
      [done('00', T(1), false), done('01', T(5)), done('02', T(3))],
      [
        { score: 0.7, passed: false, at: T(2) },
        { score: 0.85, passed: true, at: T(4) },
        { score: 0.95, passed: true, at: T(6) },
      ],
    );
    expect(status).toEqual({ complete: true, missing: [], finalScore: 0.95, completedAt: T(5) });
  });

  test('the final passed after every module: completed at the first pass', () => {
    expect(certificateStatus([done('01', T(1))], [{ score: 0.9, passed: true, at: T(8) }, { score: 1, passed: true, at: T(9) }]).completedAt).toBe(T(8));
  });

  test('what is missing: modules not read or not passed, then the final', () => {
    const status = certificateStatus(
      [done('00', T(1), false), { id: '01', hasQuiz: true, read: true, passed: false }, { id: '02', hasQuiz: true, read: false, passed: true }, { id: '03', hasQuiz: false, read: false, passed: false }],
      [{ score: 0.5, passed: false, at: T(2) }],
    );
    expect(status).toEqual({ complete: false, missing: ['01', '02', '03', 'final'], finalScore: 0.5, completedAt: null });
  });

  test('the final passed but a module not: not complete; no modules at all: never complete', () => {
    expect(certificateStatus([{ id: '01', hasQuiz: true, read: false, passed: false }], [{ score: 1, passed: true, at: T(1) }])).toMatchObject({ complete: false, missing: ['01'] });
    expect(certificateStatus([], [{ score: 1, passed: true, at: T(1) }]).complete).toBe(false);
  });
});

describe('completion from the records server\'s tables and statements', () => {
  const COURSE = 'https://academy.example.com/course';
  const a = activityIds(COURSE);
  const modules = [
    { id: '00', hasQuiz: false, title: {} },
    { id: '01', hasQuiz: true, title: {} },
  ];
  const row = (over: Partial<ModuleRecord>): ModuleRecord => ({ read: true, passed: false, bestScore: null, attempts: 0, timeSpentMs: 0, firstActivity: T(1), lastActivity: T(9), ...over });
  const st = (verb: keyof typeof VERBS, id: string, at: string, scaled?: number) => ({ verb: { id: VERBS[verb] }, object: { id }, timestamp: at, ...(scaled === undefined ? {} : { result: { score: { scaled } } }) });
  const statements = [
    st('completed', a.module('00'), T(1)),
    st('completed', a.module('01'), T(2)),
    st('completed', a.module('01'), T(7)),
    st('passed', a.quiz('01'), T(3), 0.9),
    st('failed', a.final(), T(4), 0.6),
    st('passed', a.final(), T(5), 0.88),
    st('passed', `https://elsewhere.example.com/final-assessment`, T(6), 1),
  ];

  test('complete: final score and date from the statements', () => {
    const status = completionFromRecords({ modules, progress: { '00': row({}), '01': row({ passed: true }) }, statements, courseIri: COURSE });
    expect(status).toEqual({ complete: true, missing: [], finalScore: 0.88, completedAt: T(5) });
  });

  test('a module the progress table does not show as passed is missing, whatever else was sent', () => {
    const status = completionFromRecords({ modules, progress: { '00': row({}), '01': row({}) }, statements, courseIri: COURSE });
    expect(status).toMatchObject({ complete: false, missing: ['01'] });
    expect(completionFromRecords({ modules, progress: {}, statements: [], courseIri: COURSE })).toMatchObject({ missing: ['00', '01', 'final'], finalScore: null });
  });
});

describe('completion from the trainee\'s stores', () => {
  const attempt = (quizId: string, score: number, passed: boolean, endedAt: string): QuizAttempt => ({ id: `${quizId}-${endedAt}`, quizId, seed: 's', items: [], answers: {}, score, passed, startedAt: endedAt, endedAt });
  const modules = [
    { id: '00', slideIds: ['a', 'b'], hasQuiz: false },
    { id: '01', slideIds: ['c'], hasQuiz: true },
  ];
  const progress = { modules: { '00': { seen: { a: T(1), b: T(2) } }, '01': { seen: { c: T(3) } } } };

  test('read and passed everywhere, final passed', () => {
    const status = completionFromStores({ modules, progress, attempts: [attempt('01', 1, true, T(6)), attempt('01', 0.9, true, T(4)), attempt('final', 0.9, true, T(5)), attempt('final', 0.8, false, T(7))] });
    expect(status).toEqual({ complete: true, missing: [], finalScore: 0.9, completedAt: T(5) });
  });

  test('a slide unseen and no final: both missing', () => {
    const status = completionFromStores({ modules, progress: { modules: { '00': { seen: { a: T(1) } } } }, attempts: [attempt('01', 1, true, T(6))] });
    expect(status).toMatchObject({ complete: false, missing: ['00', '01', 'final'] });
  });
});

test('a certificate from the server is checked before it is shown', () => {
  const code = verificationCode(bytes(1, 2, 3));
  const good = { code: code.toLowerCase(), name: '李娜', department: '华东销售部', finalScore: 0.9, completedAt: T(5), issuedAt: T(6) };
  expect(parseCertificateRecord(good)).toEqual({ ...good, code });
  for (const bad of [null, 'x', { ...good, code: 'STA-AAAA-AAAA-AAAA' }, { ...good, finalScore: 2 }, { ...good, completedAt: 'soon' }, { ...good, name: 3 }])
    expect(parseCertificateRecord(bad)).toBeNull();
});
