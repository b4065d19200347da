import { describe, expect, it } from 'vitest';
import { activeAdvocates, dailySeries, groupTotals, recentDays, rowsIn, totalsOf, weeklyTotals } from '../../src/analytics/aggregate.ts';
import { leaderboardView } from '../../src/analytics/leaderboard-view.ts';
import { pointsFor, rankAdvocates, rankCampaigns } from '../../src/analytics/leaderboard.ts';
import type { AnalyticsData, AnalyticsRow } from '../../src/schemas/measurement.ts';

const POINTS = { visit: 10, engaged_visit: 5, key_event: 20 };

function visit(date: string, advocate: string | undefined, sessions: number, more: Partial<AnalyticsRow> = {}): AnalyticsRow {
  return {
    date,
    post: 'ebbtide-launch-day',
    network: 'linkedin',
    campaign: 'ebbtide-launch',
    ...(advocate ? { advocate } : {}),
    sessions,
    engaged: 0,
    key_events: 0,
    ...more,
  };
}

describe('points', () => {
  it('follow the formula of the hub settings', () => {
    expect(pointsFor({ sessions: 3, engaged: 2, keyEvents: 1 }, POINTS)).toBe(3 * 10 + 2 * 5 + 20);
    expect(pointsFor({ sessions: 3, engaged: 2, keyEvents: 1 }, { visit: 1, engaged_visit: 0, key_event: 0 })).toBe(3);
  });
});

describe('rankAdvocates', () => {
  const rows = [
    visit('2026-11-01', 'aaaa1111', 4, { engaged: 2 }),
    visit('2026-11-02', 'aaaa1111', 1),
    visit('2026-11-02', 'bbbb2222', 3, { key_events: 1 }),
    visit('2026-11-03', 'cccc3333', 6),
    visit('2026-11-03', undefined, 50),
  ];

  it('adds up each advocate\'s visits across days and networks and ranks them by points', () => {
    expect(rankAdvocates(rows, POINTS)).toEqual([
      { rank: 1, code: 'cccc3333', sessions: 6, engaged: 0, keyEvents: 0, points: 60 },
      { rank: 1, code: 'aaaa1111', sessions: 5, engaged: 2, keyEvents: 0, points: 60 },
      { rank: 3, code: 'bbbb2222', sessions: 3, engaged: 0, keyEvents: 1, points: 50 },
    ]);
  });

  it('leaves out shares made without a code and stops at the leaderboard size', () => {
    expect(rankAdvocates(rows, POINTS, 2).map((score) => score.code)).toEqual(['cccc3333', 'aaaa1111']);
  });
});

describe('aggregation', () => {
  const rows = [
    visit('2026-10-20', 'aaaa1111', 2, { network: 'x' }),
    visit('2026-11-02', 'aaaa1111', 5, { engaged: 4 }),
    visit('2026-11-03', 'bbbb2222', 1, { network: 'x', key_events: 1 }),
    visit('2026-10-01', 'cccc3333', 9, { until: '2026-10-31' }),
  ];

  it('totals visits, engaged visits and key events', () => {
    expect(totalsOf(rows)).toEqual({ sessions: 17, engaged: 4, keyEvents: 1 });
  });

  it('groups by network, most visits first', () => {
    expect(groupTotals(rows, (row) => row.network).map(({ key, sessions }) => [key, sessions])).toEqual([
      ['linkedin', 14],
      ['x', 3],
    ]);
  });

  it('takes the last 30 days up to the build date, counting a period without dates that overlaps them', () => {
    const range = recentDays(new Date('2026-11-23'), 30);
    expect(range).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(rowsIn(rows, range).map((row) => row.sessions)).toEqual([5, 1, 9]);
    expect(activeAdvocates(rowsIn(rows, range))).toBe(3);
    expect(activeAdvocates(rowsIn(rows, { from: '2026-11-03', to: '2026-11-23' }))).toBe(1);
  });

  it('draws only dated rows over time, with zero for quiet days, and adds them up per week from Monday', () => {
    const series = dailySeries(rows, { from: '2026-11-01', to: '2026-11-03' });
    expect(series).toEqual({ days: ['2026-11-01', '2026-11-02', '2026-11-03'], sessions: [0, 5, 1], engaged: [0, 4, 0], keyEvents: [0, 0, 1] });
    expect(weeklyTotals(series)).toEqual([
      { week: '2026-10-26', sessions: 0, engaged: 0, keyEvents: 0 },
      { week: '2026-11-02', sessions: 6, engaged: 4, keyEvents: 1 },
    ]);
  });

  it('ranks campaign hashtags by the visits of their posts', () => {
    const scores = rankCampaigns(
      [...rows, visit('2026-11-05', 'dddd4444', 30, { campaign: 'ride-to-work-2026', post: 'protected-bike-lanes' })],
      [
        { id: 'ebbtide-launch', hashtag: 'EbbtideLaunch' },
        { id: 'ride-to-work-2026', hashtag: 'RideToWork' },
      ],
      POINTS,
    );
    expect(scores.map(({ hashtag, sessions, advocates, posts }) => ({ hashtag, sessions, advocates, posts }))).toEqual([
      { hashtag: 'RideToWork', sessions: 30, advocates: 1, posts: 1 },
      { hashtag: 'EbbtideLaunch', sessions: 17, advocates: 3, posts: 1 },
    ]);
  });
});

describe('leaderboardView', () => {
  const data: AnalyticsData = {
    version: 1,
    covered: [{ from: '2026-09-01', to: '2026-11-22' }],
    rows: [
      visit('2026-09-10', 'named1234', 40),
      visit('2026-11-20', 'named1234', 2),
      visit('2026-11-21', 'private99', 5),
      visit('2026-11-21', 'unlisted7', 3, { campaign: 'always-on' }),
    ],
  };
  const view = leaderboardView({
    data,
    settings: { points: POINTS, leaderboard_size: 10, recent_days: 30 },
    advocates: [
      { code: 'named1234', name: 'Ana Lim', show_on_leaderboard: true },
      { code: 'private99', name: 'Bo Tan', show_on_leaderboard: false },
    ],
    campaigns: [{ id: 'ebbtide-launch', name: 'Ebbtide launch', hashtag: 'EbbtideLaunch', start: new Date('2026-11-01'), end: new Date('2027-01-31') }],
    now: new Date('2026-11-23'),
    anonymous: (code) => `Advocate ${code}`,
  });

  it('names only the advocates who asked to be shown, and shows no trace of those who asked not to be', () => {
    expect(view?.recent.scores.map((score) => [score.rank, score.label])).toEqual([
      [1, 'Advocate unli…'],
      [2, 'Ana Lim'],
    ]);
    const shown = JSON.stringify(view);
    expect(shown).not.toContain('Bo Tan');
    expect(shown).not.toContain('priv');
  });

  it('still counts the visits of people not shown in the campaign totals, which name nobody', () => {
    expect(view?.hashtags.find((score) => score.id === 'ebbtide-launch')).toMatchObject({ sessions: 47, advocates: 2 });
  });

  it('has the last 30 days, each running campaign and all time', () => {
    expect(view?.recent.range).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(view?.current.map(({ campaign, scores }) => [campaign.id, scores.map((score) => score.code)])).toEqual([
      ['ebbtide-launch', ['named1234']],
    ]);
    expect(view?.allTime[0]).toMatchObject({ code: 'named1234', sessions: 42, points: 420 });
  });

  it('is empty when nothing has been imported', () => {
    expect(
      leaderboardView({
        data: { version: 1, covered: [], rows: [] },
        settings: { points: POINTS, leaderboard_size: 10, recent_days: 30 },
        advocates: [],
        campaigns: [],
        now: new Date('2026-11-23'),
        anonymous: (code) => code,
      }),
    ).toBeUndefined();
  });
});
