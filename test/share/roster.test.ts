import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv, spreadsheetSafe } from '../../src/lib/csv.ts';
import { readRoster } from '../../src/share/roster.ts';
import vectors from './fixtures/keyed-code-vectors.json' with { type: 'json' };

const advocate = { code_length: 10 };
const secret = () => 'test-only secret, 32+ characters long: not a real one';
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

describe('spreadsheetSafe', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'])('makes %j text with a leading apostrophe', (field) => {
    expect(spreadsheetSafe(field)).toBe(`'${field}`);
  });

  it.each(['Ana Lim', 'Rossi - Marco', 'https://hub.example/?advocate=a-1', '', "'quoted"])('leaves %j as it is', (field) => {
    expect(spreadsheetSafe(field)).toBe(field);
  });

  it('still reads back as one field when the field holds a line break', () => {
    const parsed = parseCsv(csvLine([spreadsheetSafe('\r=cmd'), 'x']));
    expect('records' in parsed && parsed.records[0]?.fields).toEqual(["'\r=cmd", 'x']);
  });
});

describe('readRoster', () => {
  it('gives each email the code keyed by the program team\'s secret', async () => {
    const [vector] = vectors;
    const roster = await readRoster(`email\n${vector?.email}\n`, { code_length: vector!.length }, () => vector!.secret);
    expect(roster.entries[0]?.code).toBe(vector?.code);
  });

  it('asks for the secret only when a row has an email', async () => {
    const noSecret = () => {
      throw new Error('the secret was asked for');
    };
    const roster = await readRoster(fixture('roster-codes-only.csv'), advocate, noSecret);
    expect(roster.entries.map((entry) => entry.code)).toEqual(['team-kl-01', 'team-milan-02']);
    await expect(readRoster(fixture('roster-good.csv'), advocate, noSecret)).rejects.toThrow('the secret was asked for');
  });

  it('skips bad rows and says which line and why', async () => {
    const roster = await readRoster(fixture('roster-with-bad-rows.csv'), advocate, secret);
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
    const roster = await readRoster(fixture('roster-codes-only.csv'), advocate, secret);
    expect(roster.entries.map((entry) => entry.code)).toEqual(['team-kl-01', 'team-milan-02']);
    expect(roster.problems.map((problem) => problem.line)).toEqual([3, 4]);
    expect(roster.problems[0]?.message).toMatch(/^"Bad Code!" is not a valid advocate code/);
  });

  it('refuses a file whose header has no email or code column', async () => {
    const roster = await readRoster(fixture('roster-without-email-column.csv'), advocate, secret);
    expect(roster.fatal?.line).toBe(1);
    expect(roster.fatal?.message).toMatch(/"email" \(or "code"\)/);
  });
});
