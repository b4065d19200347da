import { describe, expect, it } from 'vitest';
import { campaignActive, campaignPhase, postState } from '../../src/reading/lifecycle.ts';

const day = (iso: string) => new Date(iso);

describe('post lifecycle', () => {
  const post = { draft: false, publish_date: day('2026-11-01'), expiry_date: day('2026-12-01') };
  it.each([
    ['2026-10-31', 'scheduled'],
    ['2026-11-01', 'live'],
    ['2026-11-30T23:00:00Z', 'live'],
    ['2026-12-01', 'expired'],
  ] as const)('on %s the post is %s', (now, state) => {
    expect(postState(post, day(now))).toBe(state);
  });
  it('a draft stays a draft whatever the date', () => {
    expect(postState({ ...post, draft: true }, day('2026-11-15'))).toBe('draft');
  });
});

describe('campaign phase', () => {
  const campaign = { start: day('2026-10-01'), end: day('2026-12-31') };
  it.each([
    ['2026-09-30T23:59:59Z', 'upcoming'],
    ['2026-10-01', 'running'],
    ['2026-12-31T23:59:59Z', 'running'],
    ['2027-01-01', 'ended'],
  ] as const)('on %s the campaign is %s', (now, phase) => {
    expect(campaignPhase(campaign, day(now))).toBe(phase);
    expect(campaignActive(campaign, day(now))).toBe(phase === 'running');
  });
});
