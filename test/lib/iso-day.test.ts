import { describe, expect, it } from 'vitest';
import { isIsoDay, writtenAsIsoDay } from '../../src/lib/iso-day.ts';
import { dateSchema } from '../../src/schemas/common.ts';
import { isoDaySchema } from '../../src/schemas/measurement.ts';
import { parseSinceDate } from '../../src/notify/since.ts';

describe('isIsoDay', () => {
  it('takes the days the calendar has, leap days included', () => {
    for (const day of ['2026-11-23', '2028-02-29', '2026-12-31', '2026-01-01']) expect(isIsoDay(day)).toBe(true);
  });

  it('refuses days the calendar lacks, which Date would quietly move', () => {
    for (const day of ['2026-02-30', '2027-02-29', '2026-13-01', '2026-04-31', '2026-00-10']) expect(isIsoDay(day)).toBe(false);
  });

  it('refuses other ways of writing a day', () => {
    for (const text of ['20261123', '2026-11-23T00:00:00Z', ' 2026-11-23', '23/11/2026', '2026-1-5', '']) expect(isIsoDay(text)).toBe(false);
  });

  it('tells a day the calendar lacks from text that is no day at all', () => {
    expect(writtenAsIsoDay('2026-02-30')).toBe(true);
    expect(writtenAsIsoDay('2026-11-23')).toBe(true);
    expect(writtenAsIsoDay('main')).toBe(false);
    expect(writtenAsIsoDay('23/11/2026')).toBe(false);
  });

  it('is the one judge: the front matter, the analytics files and --since agree with it', () => {
    for (const day of ['2026-11-23', '2028-02-29', '2026-02-30', '2027-02-29', '2026-04-31']) {
      const real = isIsoDay(day);
      expect(dateSchema.safeParse(day).success, day).toBe(real);
      expect(isoDaySchema.safeParse(day).success, day).toBe(real);
      if (real) expect(parseSinceDate(day)?.toISOString().slice(0, 10)).toBe(day);
      else expect(() => parseSinceDate(day), day).toThrow(/no such day/);
    }
  });
});
