import { describe, expect, test } from 'vitest';
import { amountUnits, convertCommitments, readCommitments, unitsToYuan, yuanToUnits } from './amount-units';

describe('amount units', () => {
  test('Chinese types and tabulates 万元; English types millions and tabulates yuan', () => {
    expect(amountUnits('zh-CN')).toEqual({ field: 10_000, column: 10_000 });
    expect(amountUnits('en')).toEqual({ field: 1_000_000, column: 1 });
  });

  test('a language without its own units falls back to 万元', () => {
    expect(amountUnits('fr')).toEqual({ field: 10_000, column: 10_000 });
  });

  test('one plan step is exactly 0.01 of a million, and back', () => {
    expect(yuanToUnits(10_000, 1_000_000)).toBe(0.01);
    expect(yuanToUnits(48_250_000, 1_000_000)).toBe(48.25);
    expect(unitsToYuan(0.07, 1_000_000)).toBe(70_000);
  });
});

describe('reading commitments', () => {
  test('reads every separator a trainee uses, full-width digits included', () => {
    expect(readCommitments('500, 300，２００、100 50', 10_000)).toEqual({ yuan: [5_000_000, 3_000_000, 2_000_000, 1_000_000, 500_000], rejected: [] });
  });

  test('a trailing or doubled comma is nobody’s commitment', () => {
    expect(readCommitments('500,, 300,', 10_000).yuan).toEqual([5_000_000, 3_000_000]);
    expect(readCommitments('  ', 10_000)).toEqual({ yuan: [], rejected: [] });
  });

  test('millions with up to two decimals are whole plan steps', () => {
    expect(readCommitments('12, 8.5, 0.01', 1_000_000).yuan).toEqual([12_000_000, 8_500_000, 10_000]);
  });

  test('what is not an amount of 0 or more in 10,000-yuan steps is rejected as typed', () => {
    expect(readCommitments('500, abc, -3, 12.5', 10_000)).toEqual({ yuan: [5_000_000], rejected: ['abc', '-3', '12.5'] });
    expect(readCommitments('8.555', 1_000_000).rejected).toEqual(['8.555']);
  });
});

describe('converting the commitments text', () => {
  test('万元 to millions and back keeps separators and what is not a number', () => {
    const shown = convertCommitments('1200, 850、abc', 10_000, 1_000_000);
    expect(shown).toBe('12, 8.5、abc');
    expect(convertCommitments(shown, 1_000_000, 10_000)).toBe('1200, 850、abc');
  });

  test('the same unit leaves the text exactly as typed', () => {
    expect(convertCommitments('１２００，８５０', 10_000, 10_000)).toBe('１２００，８５０');
  });
});
