import { describe, expect, it } from 'vitest';
import { columnLetters, parseCount, problemPlace, readExport } from '../../src/analytics/read-export.ts';

const GA4_HEADER = 'Date,Session source,Session medium,Session campaign,Session manual ad content,Session manual term,Sessions,Engaged sessions,Key events';

describe('readExport', () => {
  it('skips the comment lines and the totals row of a GA4 exploration', () => {
    const read = readExport(`# Free form 1\n# Start date: 20261101\n# End date: 20261130\n${GA4_HEADER}\n,,,,,,"1,234",900,10\n20261102,linkedin,social,ebbtide-launch,ebbtide-launch-day,k7m2q9xv4a,"1,200",880,9\n`);
    expect(read.ok && read.format).toBe('ga4');
    expect(read.ok && read.totalsRows).toBe(1);
    expect(read.ok && read.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(read.ok && read.rows).toEqual([
      { line: 6, date: '2026-11-02', source: 'linkedin', medium: 'social', campaign: 'ebbtide-launch', content: 'ebbtide-launch-day', term: 'k7m2q9xv4a', sessions: 1200, engaged: 880, keyEvents: 9 },
    ]);
  });

  it('skips a "Grand total" row', () => {
    const read = readExport(`${GA4_HEADER}\nGrand total,,,,,,5,3,0\n20261102,x,social,a,b,,5,3,0\n`);
    expect(read.ok && read.rows.map((row) => row.source)).toEqual(['x']);
  });

  it('reads values with commas inside quotes', () => {
    const read = readExport(`${GA4_HEADER}\n20261102,"newsletter, weekly",email,"november, week 1",(not set),(not set),22,15,1\n`);
    expect(read.ok && read.rows[0]).toMatchObject({ source: 'newsletter, weekly', campaign: 'november, week 1', content: '', term: '' });
  });

  it('splits the combined "Session source / medium" dimension', () => {
    const read = readExport('Session source / medium,Session campaign,Session manual ad content,Sessions\nlinkedin / social,always-on,a-post,3\n');
    expect(read.ok && read.dated).toBe(false);
    expect(read.ok && read.rows[0]).toMatchObject({ source: 'linkedin', medium: 'social', sessions: 3, engaged: 0, keyEvents: 0 });
  });

  it('reads the plain format in any column order, with ; as the separator too', () => {
    const read = readExport('sessions;date;source;medium;campaign;content;term;engaged_sessions;conversions\n4;2026-11-05;x;social;always-on;a-post;;2;0\n');
    expect(read.ok && read.format).toBe('plain');
    expect(read.ok && read.rows[0]).toMatchObject({ date: '2026-11-05', source: 'x', sessions: 4, engaged: 2 });
  });

  it.each([
    ['', 'the file has no header and no rows'],
    ['# only a comment\n', 'the file has no header and no rows'],
    ['name,email\nAna,ana@example.com\n', 'line 1 is not a header the import knows (found "name,email")'],
    ['PK\u0003\u0004binary', 'this is not a text file'],
    [`${GA4_HEADER}\n20261102,"linkedin,social,a,b,c,1,1,0\n`, 'line 2: a quoted field starts here but its closing quote (") is missing'],
  ])('refuses %j: %s', (text, reason) => {
    const read = readExport(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toContain(reason);
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234\u00a0567', 1234567],
    ['1234.00', 1234],
    ['0', 0],
  ])('%j is %d', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it.each(['', '-4', '1.5', 'ten', '12,34', '1,234.5'])('%j is not a count', (text) => {
    expect(parseCount(text)).toBeUndefined();
  });
});

describe('rows that cannot be read', () => {
  const PLAIN = 'date,source,medium,campaign,content,term,sessions,engaged_sessions,conversions';
  const problemsOf = (row: string) => {
    const read = readExport(`${PLAIN}\n${row}\n`);
    return read.ok ? read.problems.map((problem) => `${problemPlace(problem)}: ${problem.message}`) : [read.reason];
  };

  it.each([
    ['2026-11-05,x,social,a,b,,-12,0,0', 'line 2, column G: sessions "-12" is negative: a count cannot be below 0'],
    ['2026-11-05,x,social,a,b,,9007199254740992,0,0', 'line 2, column G: sessions "9007199254740992" is far more than any count of visits (at most 9,007,199,254,740,991): is the column right?'],
    ['2026-11-05,x,social,a,b,,3,"9,007,199,254,740,993",0', 'line 2, column H: engaged_sessions "9,007,199,254,740,993" is far more than any count'],
    ['2026-11-05,x,social,a,b,,3,2,1e3', 'line 2, column I: conversions "1e3" is not a whole number'],
    ['2026-13-05,x,social,a,b,,3,2,0', 'line 2, column A: the date "2026-13-05" is not a date'],
  ])('%s', (row, problem) => {
    expect(problemsOf(row)[0]).toContain(problem);
  });

  it('takes the largest exact count', () => {
    const read = readExport(`${PLAIN}\n2026-11-05,x,social,a,b,,9007199254740991,0,0\n`);
    expect(read.ok && read.rows[0]?.sessions).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('names columns as spreadsheets do', () => {
    expect([1, 7, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'G', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
