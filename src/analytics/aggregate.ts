import type { AnalyticsData, AnalyticsRow, DayRange } from '../schemas/measurement.ts';
import { addDays, dayOf, eachDay, weekStart } from './dates.ts';

/** Visits, engaged visits and key events added up. */
export interface Totals {
  sessions: number;
  engaged: number;
  keyEvents: number;
}

export const ZERO: Readonly<Totals> = { sessions: 0, engaged: 0, keyEvents: 0 };

export function totalsOf(rows: readonly AnalyticsRow[]): Totals {
  const totals = { ...ZERO };
  for (const row of rows) addRow(totals, row);
  return totals;
}

function addRow(totals: Totals, row: AnalyticsRow): void {
  totals.sessions += row.sessions;
  totals.engaged += row.engaged;
  totals.keyEvents += row.key_events;
}

/** The last `days` days up to and including the day of `now`. */
export function recentDays(now: Date, days: number): DayRange {
  const to = dayOf(now);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * Rows that fall in a range. A period imported without daily dates counts in full when it
 * overlaps the range: the export cannot say which of its days the visits came on.
 */
export function rowsIn(rows: readonly AnalyticsRow[], range: DayRange): AnalyticsRow[] {
  return rows.filter((row) => row.date <= range.to && (row.until ?? row.date) >= range.from);
}

/** The first and last day the data speaks for. */
export function dataSpan(data: AnalyticsData): DayRange | undefined {
  const ranges = data.covered.length > 0 ? data.covered : data.rows.map((row) => ({ from: row.date, to: row.until ?? row.date }));
  if (ranges.length === 0) return undefined;
  return {
    from: ranges.reduce((min, range) => (range.from < min ? range.from : min), ranges[0]?.from as string),
    to: ranges.reduce((max, range) => (range.to > max ? range.to : max), ranges[0]?.to as string),
  };
}

export interface Group extends Totals {
  key: string;
}

/** Totals per key (network, post, campaign, …), most visits first; rows without a key are left out. */
export function groupTotals(rows: readonly AnalyticsRow[], keyOf: (row: AnalyticsRow) => string | undefined): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    let group = groups.get(key);
    if (!group) {
      group = { key, ...ZERO };
      groups.set(key, group);
    }
    addRow(group, row);
  }
  return [...groups.values()].sort((a, b) => b.sessions - a.sessions || b.engaged - a.engaged || a.key.localeCompare(b.key));
}

/** How many different advocate codes brought at least one visit. */
export function activeAdvocates(rows: readonly AnalyticsRow[]): number {
  return new Set(rows.filter((row) => row.advocate && row.sessions > 0).map((row) => row.advocate)).size;
}

export interface DailySeries {
  days: string[];
  sessions: number[];
  engaged: number[];
  keyEvents: number[];
}

/**
 * One value per day of `range` (zero where nothing was recorded), for the chart over time. Only
 * rows with a daily date take part; periods imported without dates are reported apart.
 */
export function dailySeries(rows: readonly AnalyticsRow[], range: DayRange): DailySeries {
  const days = eachDay(range.from, range.to);
  const index = new Map(days.map((day, at) => [day, at]));
  const series: DailySeries = { days, sessions: days.map(() => 0), engaged: days.map(() => 0), keyEvents: days.map(() => 0) };
  for (const row of rows) {
    const at = row.until ? undefined : index.get(row.date);
    if (at === undefined) continue;
    series.sessions[at] = (series.sessions[at] as number) + row.sessions;
    series.engaged[at] = (series.engaged[at] as number) + row.engaged;
    series.keyEvents[at] = (series.keyEvents[at] as number) + row.key_events;
  }
  return series;
}

/** Rows imported as a period without daily dates. */
export function undatedRows(rows: readonly AnalyticsRow[]): AnalyticsRow[] {
  return rows.filter((row) => row.until !== undefined);
}

/** The daily series added up per week (weeks start on Monday), for the table under the chart. */
export function weeklyTotals(series: DailySeries): (Totals & { week: string })[] {
  const weeks = new Map<string, Totals & { week: string }>();
  series.days.forEach((day, at) => {
    const week = weekStart(day);
    let totals = weeks.get(week);
    if (!totals) {
      totals = { week, ...ZERO };
      weeks.set(week, totals);
    }
    totals.sessions += series.sessions[at] as number;
    totals.engaged += series.engaged[at] as number;
    totals.keyEvents += series.keyEvents[at] as number;
  });
  return [...weeks.values()];
}

/** The day with the most visits (the first of equals), for the chart's summary. */
export function busiestDay(series: DailySeries): { day: string; sessions: number } | undefined {
  let best: { day: string; sessions: number } | undefined;
  series.days.forEach((day, at) => {
    const sessions = series.sessions[at] as number;
    if (sessions > 0 && (!best || sessions > best.sessions)) best = { day, sessions };
  });
  return best;
}
