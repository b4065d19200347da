import type { AnalyticsData, AnalyticsRow, DayRange, PointsFormula } from '../schemas/measurement.ts';
import { dataSpan, groupTotals, rowsIn, totalsOf, ZERO, type Totals } from './aggregate.ts';
import { addDays, dayOf } from './dates.ts';
import { rankAdvocates } from './leaderboard.ts';

/** Figures for one key (a network, a post): this month and all time. */
export interface ImpactLine {
  key: string;
  month: Totals;
  all: Totals;
}

/**
 * One advocate's own figures: what `/impact/` shows them. Written at build time as one small
 * file per code, so a browser that knows its code reads its own figures and nobody else's.
 */
export interface AdvocateImpact {
  version: 1;
  code: string;
  /** The calendar month that "this month" means (of the build day, UTC). */
  month: DayRange;
  /** The days the imported data speaks for. */
  span: DayRange;
  thisMonth: Totals;
  allTime: Totals;
  /** Place among the advocates whose links brought visits (equal points share a place); none when out of it. */
  rank: { allTime?: number | undefined; thisMonth?: number | undefined; active: number; activeThisMonth: number };
  networks: ImpactLine[];
  posts: ImpactLine[];
}

/** What the /impact/ page hands its script: labels in the page's language, and the newest posts. */
export interface ImpactPageData {
  locale: string;
  /** Where the per-code files are: `/impact/` below the base path. */
  dataBase: string;
  networks: Record<string, string>;
  posts: Record<string, { title: string; url: string }>;
  /** The locale's newest live posts, newest first. */
  next: { slug: string; title: string; url: string; date: string; shown: string }[];
  text: { rank: string; rankMonth: string; noRankMonth: string; gone: string; period: string; loading: string };
}

/** The month of a day: its first and last day. */
export function monthOf(now: Date): DayRange {
  const today = dayOf(now);
  const from = `${today.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1));
  return { from, to: addDays(dayOf(next), -1) };
}

/**
 * The figures of every advocate whose links brought at least one visit or point, by code.
 * Shares made without a code are nobody's and appear in no one's figures.
 *
 * `hidden`: the codes of people who asked not to be shown (`hiddenCodes`). They get no figures
 * file, because their code is in the links they share: anyone who sees one could ask for the file
 * and read what the leaderboard leaves out. They are not ranked either, so every place and count
 * here is the one the leaderboard shows.
 */
export function advocateImpacts(data: AnalyticsData, points: PointsFormula, now: Date, hidden: ReadonlySet<string> = new Set()): Map<string, AdvocateImpact> {
  const impacts = new Map<string, AdvocateImpact>();
  const span = dataSpan(data);
  if (!span) return impacts;
  const month = monthOf(now);
  const shown = data.rows.filter((row) => !row.advocate || !hidden.has(row.advocate));
  const monthRows = rowsIn(shown, month);
  const allRanks = rankAdvocates(shown, points);
  const monthRanks = new Map(rankAdvocates(monthRows, points).map((score) => [score.code, score.rank]));
  const byCode = new Map<string, AnalyticsRow[]>();
  for (const row of shown) {
    if (!row.advocate) continue;
    byCode.set(row.advocate, [...(byCode.get(row.advocate) ?? []), row]);
  }
  for (const score of allRanks) {
    const rows = byCode.get(score.code) ?? [];
    const mine = rowsIn(rows, month);
    impacts.set(score.code, {
      version: 1,
      code: score.code,
      month,
      span,
      thisMonth: totalsOf(mine),
      allTime: totalsOf(rows),
      rank: { allTime: score.rank, thisMonth: monthRanks.get(score.code), active: allRanks.length, activeThisMonth: monthRanks.size },
      networks: lines(rows, mine, (row) => row.network),
      posts: lines(rows, mine, (row) => row.post),
    });
  }
  return impacts;
}

function lines(all: readonly AnalyticsRow[], month: readonly AnalyticsRow[], keyOf: (row: AnalyticsRow) => string): ImpactLine[] {
  const inMonth = new Map(groupTotals(month, keyOf).map(({ key, ...totals }) => [key, totals]));
  return groupTotals(all, keyOf).map(({ key, ...totals }) => ({ key, month: inMonth.get(key) ?? { ...ZERO }, all: totals }));
}
