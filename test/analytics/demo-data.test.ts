import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAdvocatesFile } from '../../src/reading/advocates.ts';
import { ANALYTICS_FILE, EMPTY_ANALYTICS, serialiseAnalyticsData } from '../../src/reading/analytics-data.ts';
import { planImport } from '../../src/analytics/import.ts';
import { readHubConfig } from '../../src/reading/hub-config.ts';
import { listCampaignIds, listPostSlugs } from '../../src/reading/paths.ts';
import { fixtureHub, repoRoot } from '../build/dist.ts';

const content = fixtureHub;

describe('the fixture hub\'s analytics data', () => {
  it('is what importing the demo GA4 export gives (re-import it after renaming a post or campaign)', () => {
    const { hub } = readHubConfig(content);
    const demoExport = readFileSync(join(repoRoot, 'test/analytics/fixtures/demo-ga4-export-2026-09-01-to-2026-11-22.csv'), 'utf8');
    const plan = planImport(demoExport, EMPTY_ANALYTICS, { hub: hub!, posts: listPostSlugs(content), campaigns: new Set(listCampaignIds(content)) });
    expect(plan.ok && plan.summary.other).toEqual({ 'not-from-hub': 209, 'unknown-post': 0, 'unknown-campaign': 0, 'invalid-advocate': 0 });
    expect(plan.ok && serialiseAnalyticsData(plan.data)).toBe(readFileSync(join(content, ANALYTICS_FILE), 'utf8'));
  });

  it('names some advocates on the leaderboard and keeps one who asked not to be named anonymous', () => {
    const { advocates, findings } = readAdvocatesFile(content);
    expect(findings).toEqual([]);
    expect(advocates.filter((entry) => entry.show_on_leaderboard).length).toBeGreaterThan(2);
    expect(advocates.some((entry) => !entry.show_on_leaderboard)).toBe(true);
  });
});
