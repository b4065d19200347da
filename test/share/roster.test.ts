import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../src/share/csv.ts';
import { readRoster } from '../../src/share/roster.ts';
import vectors from './fixtures/advocate-code-vectors.json' with { type: 'json' };

const advocate = { salt: 'tidewater-demo-salt-2026', code_length: 10 };
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, with the line each record starts on', () => {
    expect(parseCsv(fixture('roster-quoted-fields.csv'))).toEqual({
      records: [
        { line: 1, fields: ['name', 'email'] },
        { line: 2, fields: ['Lim, Ana "AL"', 'ana@tidewater-cycles.example'] },
        { line: 3, fields: ['Rossi,\nMarco', 'marco.rossi@tidewater-cycles.example'] },
        { line: 5, fields: ['Nobody', ''] },
      ],
    });
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    expect(parseCsv('\uFEFFemail\r\nana@tidewater-cycles.example\r\n')).toEqual({
      records: [
        { line: 1, fields: ['email'] },
        { line: 2, fields: ['ana@tidewater-cycles.example'] },
      ],
    });
  });

  it('takes the semicolon that European spreadsheets write', () => {
    expect(parseCsv(fixture('roster-semicolons.csv'))).toEqual({
      records: [
        { line: 1, fields: ['email', 'name'] },
        { line: 2, fields: ['ana@tidewater-cycles.example', 'Ana Lim'] },
      ],
    });
  });

  it('says where a quote is left open', () => {
    expect(parseCsv('email,name\nana@tidewater-cycles.example,"Ana\n')).toEqual({
      error: { line: 2, message: 'a quoted field starts here but its closing quote (") is missing' },
    });
  });

  it('writes fields back so that spreadsheets read them the same', () => {
    const fields = ['plain', 'with, comma', 'with "quotes"', 'two\nlines'];
    const parsed = parseCsv(csvLine(fields));
    expect('records' in parsed && parsed.records[0]?.fields).toEqual(fields);
  });
});

describe('readRoster', () => {
  it('gives each email the code the browser derives for it', async () => {
    const [vector] = vectors;
    const roster = await readRoster(`email\n${vector?.email}\n`, { salt: vector!.salt, code_length: vector!.length });
    expect(roster.entries[0]?.code).toBe(vector?.code);
  });

  it('skips bad rows and says which line and why', async () => {
    const roster = await readRoster(fixture('roster-with-bad-rows.csv'), advocate);
    expect(roster.entries.map((entry) => [entry.line, entry.email])).toEqual([
      [2, 'ana@tidewater-cycles.example'],
      [6, 'marco.rossi@tidewater-cycles.example'],
    ]);
    expect(roster.problems).toEqual([
      { line: 3, message: 'no email on this row; the row is skipped' },
      { line: 4, message: '"not-an-email" is not an email address; the row is skipped' },
    ]);
  });

  it('accepts a code column, and refuses codes that do not fit the pattern', async () => {
    const roster = await readRoster(fixture('roster-codes-only.csv'), advocate);
    expect(roster.entries.map((entry) => entry.code)).toEqual(['team-kl-01', 'team-milan-02']);
    expect(roster.problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(roster.problems[0]?.message).toMatch(/^"Bad Code!" is not a valid advocate code/);
  });

  it('refuses a file whose header has no email or code column', async () => {
    const roster = await readRoster(fixture('roster-without-email-column.csv'), advocate);
    expect(roster.fatal?.line).toBe(1);
    expect(roster.fatal?.message).toMatch(/"email" \(or "code"\)/);
  });
});
