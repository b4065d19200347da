import { describe, expect, it } from 'vitest';
import { advocateImpacts, monthOf } from '../../src/analytics/impact.ts';
import type { NetworkId } from '../../src/schemas/common.ts';
import type { AnalyticsData, AnalyticsRow } from '../../src/schemas/measurement.ts';

const points = { visit: 10, engaged_visit: 5, key_event: 20 };
const row = (date: string, advocate: string | undefined, network: NetworkId, post: string, sessions: number, engaged = 0, key_events = 0): AnalyticsRow => ({
  date,
  post,
  network,
  campaign: 'always-on',
  ...(advocate ? { advocate } : {}),
  sessions,
  engaged,
  key_events,
});
const data: AnalyticsData = {
  version: 1,
  covered: [{ from: '2026-10-01', to: '2026-11-22' }],
  rows: [
    row('2026-10-31', 'ann-code', 'linkedin', 'rye', 40, 20, 1),
    row('2026-11-01', 'ann-code', 'linkedin', 'oven', 17, 9, 2),
    row('2026-11-06', 'ann-code', 'x', 'rye', 6, 3),
    row('2026-11-06', 'bob-code', 'whatsapp', 'oven', 905, 400, 7),
    row('2026-11-07', undefined, 'linkedin', 'oven', 12, 6),
    row('2026-11-08', 'zero-code', 'x', 'oven', 0),
  ],
};
const now = new Date('2026-11-23T10:00:00Z');

describe('an advocate’s own figures', () => {
  const impacts = advocateImpacts(data, points, now);
  const ann = impacts.get('ann-code');

  it('add up only that code’s visits, this month and all time', () => {
    expect(ann?.allTime).toEqual({ sessions: 63, engaged: 32, keyEvents: 3 });
    expect(ann?.thisMonth).toEqual({ sessions: 23, engaged: 12, keyEvents: 2 });
  });

  it('break them down by network and by post, most visits first', () => {
    expect(ann?.networks.map((line) => [line.key, line.month.sessions, line.all.sessions])).toEqual([
      ['linkedin', 17, 57],
      ['x', 6, 6],
    ]);
    expect(ann?.posts.map((line) => [line.key, line.all.sessions])).toEqual([
      ['rye', 46],
      ['oven', 17],
    ]);
  });

  it('leave out people who asked not to be shown: no figures of theirs, and no place above anyone', () => {
    // Bob's code is in every link he shares: a figures file named after it would show anyone who
    // saw one of those links what the leaderboard leaves out.
    const withBobHidden = advocateImpacts(data, points, now, new Set(['bob-code']));
    expect(withBobHidden.has('bob-code')).toBe(false);
    expect(withBobHidden.get('ann-code')?.rank).toEqual({ allTime: 1, thisMonth: 1, active: 1, activeThisMonth: 1 });
    expect(withBobHidden.get('ann-code')?.allTime).toEqual(ann?.allTime);
  });

  it('rank among the advocates whose links brought visits', () => {
    expect(ann?.rank).toEqual({ allTime: 2, thisMonth: 2, active: 2, activeThisMonth: 2 });
    expect(impacts.get('bob-code')?.rank.allTime).toBe(1);
  });

  it('exist only for codes that brought something; shares without a code are nobody’s', () => {
    expect([...impacts.keys()].sort()).toEqual(['ann-code', 'bob-code']);
  });

  it('count "this month" as the calendar month of the build day', () => {
    expect(monthOf(now)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthOf(new Date('2028-02-10T00:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthOf(new Date('2026-12-31T23:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('are none before any import', () => {
    expect(advocateImpacts({ version: 1, covered: [], rows: [] }, points, now).size).toBe(0);
  });
});
