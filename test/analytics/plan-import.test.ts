import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMPTY_ANALYTICS } from '../../src/reading/analytics-data.ts';
import { planImport } from '../../src/analytics/import.ts';
import { mergeImport, normaliseRanges } from '../../src/analytics/merge.ts';
import type { KnownContent } from '../../src/analytics/attribute.ts';
import type { AnalyticsData, AnalyticsRow } from '../../src/schemas/measurement.ts';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

const known: KnownContent = {
  hub: { site: 'https://hub.test-cycles.example', owned_domains: ['test-cycles.example'], utm: { source: '{network}', medium: '{medium}', campaign: '{campaign}', content: '{post}', term: '{advocate}', id: '', default_campaign: 'always-on' } },
  posts: new Set(['ebbtide-launch-day', 'hiring-mechanics-kl']),
  campaigns: new Set(['ebbtide-launch']),
};

function importInto(existing: AnalyticsData, file: string, period?: { from: string; to: string }): AnalyticsData {
  const plan = planImport(fixture(file), existing, known, period ? { period } : {});
  if (!plan.ok) throw new Error(plan.reason);
  return plan.data;
}

const row = (date: string, sessions: number, until?: string): AnalyticsRow => ({
  date,
  ...(until ? { until } : {}),
  post: 'ebbtide-launch-day',
  network: 'linkedin',
  campaign: 'ebbtide-launch',
  sessions,
  engaged: 0,
  key_events: 0,
});

describe('importing by date', () => {
  it('keeps the days an export does not cover and replaces those it does', () => {
    let data = importInto(EMPTY_ANALYTICS, 'plain-export.csv'); // 5 and 6 November
    data = importInto(data, 'ga4-exploration-with-dates.csv'); // 2 to 4 November
    data = importInto(data, 'plain-export.csv');
    expect([...new Set(data.rows.map((r) => r.date))]).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(data.covered).toEqual([{ from: '2026-11-02', to: '2026-11-06' }]);
    expect(data.rows.filter((r) => r.date === '2026-11-05').reduce((sum, r) => sum + r.sessions, 0)).toBe(38);
  });

  it('gives the same data whichever order two exports are imported in, and however often', () => {
    const a = importInto(importInto(EMPTY_ANALYTICS, 'plain-export.csv'), 'ga4-exploration-with-dates.csv');
    const b = importInto(importInto(importInto(EMPTY_ANALYTICS, 'ga4-exploration-with-dates.csv'), 'plain-export.csv'), 'plain-export.csv');
    expect(b).toEqual(a);
  });

  it('clears a covered day that no longer has visits (the export is the truth for its days)', () => {
    const existing: AnalyticsData = { version: 1, covered: [{ from: '2026-11-03', to: '2026-11-03' }], rows: [row('2026-11-03', 99)] };
    const data = importInto(existing, 'ga4-exploration-with-dates.csv');
    expect(data.rows.filter((r) => r.date === '2026-11-03').map((r) => r.sessions)).toEqual([60, 12]);
  });

  it('replaces a period without daily dates that the import covers whole', () => {
    const existing: AnalyticsData = { version: 1, covered: [{ from: '2026-11-01', to: '2026-11-07' }], rows: [row('2026-11-02', 500, '2026-11-04')] };
    const result = mergeImport(existing, { covered: [{ from: '2026-11-01', to: '2026-11-07' }], rows: [row('2026-11-03', 7)] });
    expect(result.ok && result.data.rows).toEqual([row('2026-11-03', 7)]);
  });

  it('refuses to cut a period without daily dates in two', () => {
    const existing: AnalyticsData = { version: 1, covered: [{ from: '2026-10-01', to: '2026-10-31' }], rows: [row('2026-10-01', 45, '2026-10-31')] };
    const result = mergeImport(existing, { covered: [{ from: '2026-10-15', to: '2026-11-06' }], rows: [] });
    expect(result.ok).toBe(false);
  });

  it('refuses an export without dates whose period it cannot tell', () => {
    const text = 'Session source,Session medium,Session campaign,Session manual ad content,Sessions\nlinkedin,social,always-on,hiring-mechanics-kl,4\n';
    const plan = planImport(text, EMPTY_ANALYTICS, known);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reason).toContain('--from YYYY-MM-DD --to YYYY-MM-DD');
    const given = planImport(text, EMPTY_ANALYTICS, known, { period: { from: '2026-10-01', to: '2026-10-31' } });
    expect(given.ok && given.data.rows).toEqual([
      { date: '2026-10-01', until: '2026-10-31', post: 'hiring-mechanics-kl', network: 'linkedin', campaign: 'always-on', sessions: 4, engaged: 0, key_events: 0 },
    ]);
  });
});

describe('normaliseRanges', () => {
  it('joins ranges that overlap or touch and sorts them', () => {
    expect(
      normaliseRanges([
        { from: '2026-11-05', to: '2026-11-06' },
        { from: '2026-10-01', to: '2026-10-31' },
        { from: '2026-11-01', to: '2026-11-02' },
        { from: '2026-11-02', to: '2026-11-03' },
      ]),
    ).toEqual([
      { from: '2026-10-01', to: '2026-11-03' },
      { from: '2026-11-05', to: '2026-11-06' },
    ]);
  });
});
