import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYTICS_FILE, readAnalyticsData, writeAnalyticsData } from '../../src/reading/analytics-data.ts';
import type { AnalyticsData } from '../../src/schemas/measurement.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function contentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-data-file-'));
  made.push(dir);
  return dir;
}

const good: AnalyticsData = {
  version: 1,
  covered: [{ from: '2026-11-05', to: '2026-11-05' }],
  rows: [{ date: '2026-11-05', post: 'ebbtide-launch-day', network: 'linkedin', campaign: 'ebbtide-launch', sessions: 30, engaged: 20, key_events: 1 }],
};

describe('writeAnalyticsData', () => {
  it('writes data that reads back the same, and leaves no temporary file', () => {
    const dir = contentFolder();
    const result = writeAnalyticsData(good, dir);
    expect(result.ok).toBe(true);
    expect(readAnalyticsData(dir)).toEqual({ data: good, findings: [] });
    expect(readdirSync(join(dir, 'analytics'))).toEqual(['aggregates.json']);
  });

  it.each([
    ['a count past what a number holds exactly', 1e20],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a negative count', -1],
    ['a fraction', 2.5],
  ])('refuses %s with the finding the check would give, and keeps the file as it was', (_what, sessions) => {
    const dir = contentFolder();
    writeAnalyticsData(good, dir);
    const before = readFileSync(join(dir, ANALYTICS_FILE), 'utf8');
    const bad = { ...good, rows: [{ ...(good.rows[0] as AnalyticsData['rows'][number]), sessions }] };
    const result = writeAnalyticsData(bad, dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings[0]).toMatchObject({ line: 4, ruleId: 'analytics-data', message: expect.stringMatching(/^rows\[1\]\.sessions: /) });
    expect(readFileSync(join(dir, ANALYTICS_FILE), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'analytics'))).toEqual(['aggregates.json']);
  });

  it('replaces the file by renaming a complete one over it, never by writing into it', () => {
    const dir = contentFolder();
    mkdirSync(join(dir, 'analytics'));
    // A hard link shares the file's contents: a write into the file would change it too, a rename does not.
    writeFileSync(join(dir, ANALYTICS_FILE), 'old');
    linkSync(join(dir, ANALYTICS_FILE), join(dir, 'linked.json'));
    expect(writeAnalyticsData(good, dir).ok).toBe(true);
    expect(readFileSync(join(dir, 'linked.json'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, ANALYTICS_FILE))).toBe(true);
  });
});
