import type { AdvocateEntry, AnalyticsRow, PointsFormula } from '../schemas/measurement.ts';
import { groupTotals, totalsOf, type Totals } from './aggregate.ts';

/** Points for some visits, by the hub config's formula. */
export function pointsFor(totals: Totals, formula: PointsFormula): number {
  return totals.sessions * formula.visit + totals.engaged * formula.engaged_visit + totals.keyEvents * formula.key_event;
}

export interface AdvocateScore extends Totals {
  /** 1 for the first; equal points share a rank (1, 2, 2, 4). */
  rank: number;
  code: string;
  points: number;
}

/**
 * Advocates by points, most first (then by visits, then by code so the order never wobbles);
 * shares made without a code are not anyone's. At most `limit` entries.
 */
export function rankAdvocates(rows: readonly AnalyticsRow[], formula: PointsFormula, limit = Number.POSITIVE_INFINITY): AdvocateScore[] {
  const scored = groupTotals(rows, (row) => row.advocate)
    .map(({ key, ...totals }) => ({ code: key, ...totals, points: pointsFor(totals, formula) }))
    .filter((score) => score.points > 0 || score.sessions > 0)
    .sort((a, b) => b.points - a.points || b.sessions - a.sessions || a.code.localeCompare(b.code));
  const ranked: AdvocateScore[] = [];
  scored.forEach((score, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.points === score.points ? previous.rank : index + 1;
    ranked.push({ rank, ...score });
  });
  return ranked.slice(0, limit);
}

/** Names of the advocates who asked to be shown, by code. */
export function publicNames(entries: readonly AdvocateEntry[]): Map<string, string> {
  return new Map(entries.filter((entry) => entry.show_on_leaderboard && entry.name).map((entry) => [entry.code, entry.name as string]));
}

/**
 * Codes of the people who asked not to be shown (`show_on_leaderboard: false`): the public
 * tables leave them out altogether, not even the start of their code, so that nothing on the
 * page can be matched against a code seen elsewhere (a shared link's `utm_term`).
 */
export function hiddenCodes(entries: readonly AdvocateEntry[]): Set<string> {
  return new Set(entries.filter((entry) => !entry.show_on_leaderboard).map((entry) => entry.code));
}

/** The start of a code, enough for people to recognise their own ("ab12…") and no more. */
export function shortCode(code: string): string {
  return `${code.slice(0, 4)}…`;
}

export interface CampaignScore extends Totals {
  id: string;
  hashtag: string;
  advocates: number;
  posts: number;
  points: number;
}

/** Campaigns (by hashtag) ranked by the visits their posts brought, most first. */
export function rankCampaigns(
  rows: readonly AnalyticsRow[],
  campaigns: readonly { id: string; hashtag: string }[],
  formula: PointsFormula,
): CampaignScore[] {
  return campaigns
    .map(({ id, hashtag }) => {
      const mine = rows.filter((row) => row.campaign === id);
      const sums = totalsOf(mine);
      return {
        id,
        hashtag,
        sessions: sums.sessions,
        engaged: sums.engaged,
        keyEvents: sums.keyEvents,
        advocates: new Set(mine.filter((row) => row.advocate).map((row) => row.advocate)).size,
        posts: new Set(mine.map((row) => row.post)).size,
        points: pointsFor(sums, formula),
      };
    })
    .sort((a, b) => b.sessions - a.sessions || a.hashtag.localeCompare(b.hashtag));
}
