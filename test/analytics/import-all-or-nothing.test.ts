import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { KnownContent } from '../../src/analytics/attribute.ts';
import { planImport } from '../../src/analytics/import.ts';
import { ANALYTICS_FILE, parseAnalyticsData, writeAnalyticsData } from '../../src/reading/analytics-data.ts';
import type { AnalyticsData } from '../../src/schemas/measurement.ts';

const known: KnownContent = {
  hub: { site: 'https://hub.test-cycles.example', owned_domains: ['test-cycles.example'], utm: { source: '{network}', medium: '{medium}', campaign: '{campaign}', content: '{post}', term: '{advocate}', id: '', default_campaign: 'always-on' } },
  posts: new Set(['ebbtide-launch-day', 'hiring-mechanics-kl']),
  campaigns: new Set(['ebbtide-launch']),
};

const HEADER = 'date,source,medium,campaign,content,term,sessions,engaged_sessions,conversions';
const DAYS = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];

/** What was stored before: a few visits on each of the five days. */
const STORED: AnalyticsData = {
  version: 1,
  covered: [{ from: '2026-11-01', to: '2026-11-05' }],
  rows: DAYS.map((date, at) => ({ date, post: 'hiring-mechanics-kl', network: 'whatsapp', campaign: 'always-on', sessions: 100 + at, engaged: 50, key_events: 1 })),
};

type Row =
  | { kind: 'hub'; date: string; network: 'linkedin' | 'bluesky'; sessions: number; engaged: number; keyEvents: number }
  | { kind: 'other'; date: string; sessions: number }
  | { kind: 'bad'; date: string; how: (typeof BAD)[number] };

const BAD = ['word', 'negative', 'four hundred nines', 'no such date', 'missing value', 'more engaged than visits', 'latin-1 byte'] as const;

const day = fc.constantFrom(...DAYS);
const count = fc.nat({ max: 5000 });
const hubRow = fc
  .record({ date: day, network: fc.constantFrom('linkedin' as const, 'bluesky' as const), sessions: count, engagedShare: fc.double({ min: 0, max: 1, noNaN: true }), keyEvents: fc.nat({ max: 50 }) })
  .map(({ engagedShare, ...row }): Row => ({ kind: 'hub', ...row, engaged: Math.floor(row.sessions * engagedShare) }));
const otherRow = fc.record({ date: day, sessions: count }).map((row): Row => ({ kind: 'other', ...row }));
const badRow = fc.record({ date: day, how: fc.constantFrom(...BAD) }).map((row): Row => ({ kind: 'bad', ...row }));

const encoder = new TextEncoder();

/** The row as the bytes of one CSV line. */
function line(row: Row): Uint8Array {
  const hub = (sessions: string, engaged = '0', date = row.date, source = 'linkedin') =>
    encoder.encode(`${date},${source},social,ebbtide-launch,ebbtide-launch-day,k7m2q9xv4a,${sessions},${engaged},0\n`);
  switch (row.kind) {
    case 'hub':
      return encoder.encode(`${row.date},${row.network},social,ebbtide-launch,ebbtide-launch-day,k7m2q9xv4a,${row.sessions},${row.engaged},${row.keyEvents}\n`);
    case 'other':
      return encoder.encode(`${row.date},google,organic,(not set),(not set),(not set),${row.sessions},0,0\n`);
    case 'bad':
      switch (row.how) {
        case 'word':
          return hub('ten');
        case 'negative':
          return hub('-4');
        case 'four hundred nines':
          return hub('9'.repeat(400));
        case 'no such date':
          return hub('3', '0', '2026-11-31');
        case 'missing value':
          return encoder.encode(`${row.date},linkedin,social,ebbtide-launch,ebbtide-launch-day,3,0,0\n`);
        case 'more engaged than visits':
          return hub('3', '5');
        case 'latin-1 byte': {
          const text = hub('3', '0', row.date, 'linkedin-caf\u00e9');
          const at = text.indexOf(0xc3);
          return Uint8Array.from([...text.subarray(0, at), 0xe9, ...text.subarray(at + 2)]);
        }
      }
  }
}

function file(rows: readonly Row[]): Uint8Array {
  return Uint8Array.from([...encoder.encode(`${HEADER}\n`), ...rows.flatMap((row) => [...line(row)])]);
}

/** What `npm run analytics:import` does with the data file: plan, then write only a plan that succeeded. */
function importInto(dir: string, bytes: Uint8Array): boolean {
  const { data: existing } = parseAnalyticsData(readFileSync(join(dir, ANALYTICS_FILE), 'utf8'), ANALYTICS_FILE);
  const plan = planImport(bytes, existing, known);
  if (!plan.ok) return false;
  return writeAnalyticsData(plan.data, dir).ok;
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function hubWithStoredData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-all-or-nothing-'));
  made.push(dir);
  expect(writeAnalyticsData(STORED, dir).ok).toBe(true);
  return dir;
}

describe('an import is all or nothing (property)', () => {
  it('never changes the stored data when one row of the file cannot be read', () => {
    const dir = hubWithStoredData();
    const before = readFileSync(join(dir, ANALYTICS_FILE), 'utf8');
    fc.assert(
      // Each run starts from the same stored data, so a counterexample is shown as it failed.
      fc.property(
        fc.array(fc.oneof(hubRow, otherRow), { maxLength: 30 }),
        fc.array(badRow, { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        (good, bad, places) => {
          writeAnalyticsData(STORED, dir);
          const rows = [...good];
          bad.forEach((row, at) => rows.splice((places[at] as number) % (rows.length + 1), 0, row));
          expect(importInto(dir, file(rows))).toBe(false);
          expect(readFileSync(join(dir, ANALYTICS_FILE), 'utf8')).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replaces each day of a readable file by that day\'s rows of the hub, and keeps every other day', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hubRow, otherRow), { minLength: 1, maxLength: 30 }), (rows) => {
        const dir = hubWithStoredData();
        expect(importInto(dir, file(rows))).toBe(true);
        const text = readFileSync(join(dir, ANALYTICS_FILE), 'utf8');
        const { data, findings } = parseAnalyticsData(text, ANALYTICS_FILE);
        expect(findings).toEqual([]);
        const inFile = new Set(rows.map((row) => row.date));
        for (const date of DAYS) {
          const stored = data.rows.filter((row) => row.date === date);
          if (!inFile.has(date)) {
            expect(stored).toEqual(STORED.rows.filter((row) => row.date === date));
            continue;
          }
          const hub = rows.filter((row): row is Extract<Row, { kind: 'hub' }> => row.kind === 'hub' && row.date === date);
          for (const network of ['linkedin', 'bluesky'] as const) {
            const of = hub.filter((row) => row.network === network);
            const kept = stored.filter((row) => row.network === network);
            expect(kept.reduce((sum, row) => sum + row.sessions, 0)).toBe(of.reduce((sum, row) => sum + row.sessions, 0));
            expect(kept.reduce((sum, row) => sum + row.engaged, 0)).toBe(of.reduce((sum, row) => sum + row.engaged, 0));
          }
          expect(stored.every((row) => row.network !== 'whatsapp')).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
