import { isInvalid } from '../../../src/core/cells/cell';
import { otherReading, parseDay } from '../../../src/core/cells/date';
import { localeInfo } from '../../../src/core/format/locale';
import { dayFromYmd, dayOfUtcDate, formatDay, ymdOfDay } from '../../../src/core/dates/day';
import { day, dayOfIn, tokyo, tokyoDayOf, utc } from '../helpers';

describe('Day', () => {
  it('counts days since 1970-01-01', () => {
    expect(day(1970, 1, 1)).toBe(0);
    expect(day(1970, 1, 2)).toBe(1);
    // 2026-01-01: 56 years of which 14 leap (1972..2024) → 56×365 + 14 = 20454.
    expect(day(2026, 1, 1)).toBe(20454);
    expect(formatDay(20454)).toBe('2026-01-01');
    expect(ymdOfDay(day(2028, 2, 29))).toEqual({ year: 2028, month: 2, day: 29 });
  });
  it('has no 2026-02-30, 2026-04-31 or 2026-02-29 (2026 is not a leap year)', () => {
    expect(dayFromYmd(2026, 2, 30)).toBeUndefined();
    expect(dayFromYmd(2026, 4, 31)).toBeUndefined();
    expect(dayFromYmd(2026, 2, 29)).toBeUndefined();
    expect(dayFromYmd(2026, 13, 1)).toBeUndefined();
  });
});

describe('parseDay', () => {
  it('reads a Date cell through dayOf (UTC sheet)', () => {
    expect(parseDay(utc(2026, 3, 31), dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 31));
  });
  it('reads YYYY-MM-DD and DD/MM/YYYY text, padded or not, trimmed', () => {
    expect(parseDay('2026-03-31', dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 31));
    expect(parseDay(' 2026-3-5 ', dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 5));
    expect(parseDay('31/03/2026', dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 31));
    // Day first: 05/03/2026 is 5 March, not 3 May.
    expect(parseDay('05/03/2026', dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 5));
  });
  it('blank is undefined', () => {
    expect(parseDay('', dayOfUtcDate, 'DMY')).toBeUndefined();
    expect(parseDay(undefined, dayOfUtcDate, 'DMY')).toBeUndefined();
  });
  it.each(['2026-02-30', '31/04/2026', '2026-13-01', '03/31/2026'])('impossible date %j is invalid', (text) => {
    const v = parseDay(text, dayOfUtcDate, 'DMY');
    expect(isInvalid(v) && v.invalid).toBe('impossible date');
  });
  it.each(['March 3rd', '2026.03.01', '2026-03-01 10:00', 'tomorrow'])('%j is not a date', (text) => {
    expect(isInvalid(parseDay(text, dayOfUtcDate, 'DMY'))).toBe(true);
  });
  it('a number (a date serial, or a typo) is invalid, and so is an Invalid Date', () => {
    expect(isInvalid(parseDay(46112, dayOfUtcDate, 'DMY'))).toBe(true);
    expect(isInvalid(parseDay(new Date(NaN), dayOfUtcDate, 'DMY'))).toBe(true);
  });
});

describe('a spreadsheet time zone ahead of the script (Asia/Tokyo, UTC+9)', () => {
  it('Sheets hands 2026-04-01 as 2026-03-31T15:00Z; the Tokyo resolver reads April 1st', () => {
    const cell = tokyo(2026, 4, 1);
    expect(cell.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(parseDay(cell, tokyoDayOf, 'DMY')).toBe(day(2026, 4, 1));
    // The UTC reading of the same instant would be the day before: the resolver matters.
    expect(parseDay(cell, dayOfUtcDate, 'DMY')).toBe(day(2026, 3, 31));
  });
  it('a zone behind UTC (Los Angeles, UTC−7 in April) also reads its own calendar day', () => {
    const la = new Date(Date.UTC(2026, 3, 1, 7)); // local midnight of 2026-04-01 in PDT
    expect(parseDay(la, dayOfIn('America/Los_Angeles'), 'DMY')).toBe(day(2026, 4, 1));
  });
  it('text dates do not depend on the zone', () => {
    expect(parseDay('2026-04-01', tokyoDayOf, 'DMY')).toBe(day(2026, 4, 1));
  });
});

describe('text dates follow the locale\'s date order (issue 9: DD/MM/YYYY was always assumed)', () => {
  it('month first where the locale writes it so: en_US "3/4/2026" is 4 March, fr_FR/en_GB 3 April', () => {
    expect(parseDay('3/4/2026', dayOfUtcDate, localeInfo('en_US').dateOrder)).toBe(day(2026, 3, 4));
    expect(parseDay('3/4/2026', dayOfUtcDate, localeInfo('fr_FR').dateOrder)).toBe(day(2026, 4, 3));
    expect(parseDay('3/4/2026', dayOfUtcDate, localeInfo('en_GB').dateOrder)).toBe(day(2026, 4, 3));
    // A date impossible in the locale's order is reported, not flipped: 31/1/2026 in en_US.
    expect(isInvalid(parseDay('31/1/2026', dayOfUtcDate, 'MDY'))).toBe(true);
  });
  it('dots and dashes too: de_DE "4.3.2026", nl_NL "4-3-2026" are 4 March', () => {
    expect(parseDay('4.3.2026', dayOfUtcDate, localeInfo('de_DE').dateOrder)).toBe(day(2026, 3, 4));
    expect(parseDay('4-3-2026', dayOfUtcDate, localeInfo('nl_NL').dateOrder)).toBe(day(2026, 3, 4));
  });
  it('year first is always year-month-day: "2026-03-04" and "2026/3/4", whatever the locale', () => {
    for (const order of ['DMY', 'MDY', 'YMD'] as const) {
      expect(parseDay('2026-03-04', dayOfUtcDate, order)).toBe(day(2026, 3, 4));
      expect(parseDay('2026/3/4', dayOfUtcDate, order)).toBe(day(2026, 3, 4));
    }
  });
  it('where the locale writes the year first (ja_JP), "a/b/yyyy" is read only when one order makes it a date', () => {
    const ymd = localeInfo('ja_JP').dateOrder;
    expect(ymd).toBe('YMD');
    expect(parseDay('13/4/2026', dayOfUtcDate, ymd)).toBe(day(2026, 4, 13));
    expect(parseDay('4/13/2026', dayOfUtcDate, ymd)).toBe(day(2026, 4, 13));
    expect(parseDay('4/4/2026', dayOfUtcDate, ymd)).toBe(day(2026, 4, 4));
    const v = parseDay('3/4/2026', dayOfUtcDate, ymd);
    expect(isInvalid(v) && v.invalid).toBe('ambiguous date: 2026-04-03 day first or 2026-03-04 month first; write it YYYY-MM-DD');
  });
  it('otherReading: what the other order gives, only when both orders make a different date', () => {
    expect(otherReading('3/4/2026', 'DMY')).toBe(day(2026, 3, 4));
    expect(otherReading('3/4/2026', 'MDY')).toBe(day(2026, 4, 3));
    expect(otherReading('13/4/2026', 'DMY')).toBeUndefined();
    expect(otherReading('4/4/2026', 'DMY')).toBeUndefined();
    expect(otherReading('2026-03-04', 'DMY')).toBeUndefined();
  });
});
