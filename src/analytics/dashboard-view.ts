import type { AnalyticsData, AnalyticsRow, DayRange, MeasurementSettings } from '../schemas/measurement.ts';
import {
  activeAdvocates,
  busiestDay,
  dailySeries,
  dataSpan,
  groupTotals,
  recentDays,
  rowsIn,
  totalsOf,
  undatedRows,
  weeklyTotals,
  type DailySeries,
  type Group,
  type Totals,
} from './aggregate.ts';
import { earnedMediaValue } from './calculator.ts';
import { postLookup, type CampaignInfo, type PostInfo } from './content-info.ts';

/** One line of a "by …" table. */
export interface BreakdownRow extends Totals {
  key: string;
  label: string;
  /** The post's page, for the "by post" table. */
  href?: string;
}

export interface EarnedMedia {
  clicks: number;
  clicksValue: number;
  /** Impressions estimated as clicks ÷ click-through rate (analytics cannot see them). */
  impressions: number;
  impressionsValue: number;
  total: number;
}

export interface DashboardView {
  span: DayRange;
  totals: Totals;
  active: { recent: number; all: number; days: number };
  series: DailySeries;
  weekly: (Totals & { week: string })[];
  busiest: { day: string; sessions: number } | undefined;
  /** Visits imported as periods without daily dates: in the totals, not in the chart. */
  undated: { totals: Totals; span: DayRange } | undefined;
  byNetwork: BreakdownRow[];
  byPost: BreakdownRow[];
  byCampaign: BreakdownRow[];
  byCategory: BreakdownRow[];
  earnedMedia: EarnedMedia;
}

export interface DashboardInput {
  data: AnalyticsData;
  settings: Pick<MeasurementSettings, 'cpm' | 'cpc' | 'recent_days' | 'calculator'>;
  posts: readonly PostInfo[];
  campaigns: readonly CampaignInfo[];
  locale: string;
  defaultLocale: string;
  /** The hub's `utm.default_campaign`: posts in no campaign. */
  defaultCampaign: string;
  now: Date;
  /** Words and links of the page, so this stays free of Astro and of one language. */
  labels: {
    network: (id: string) => string;
    category: (id: string) => string;
    noCampaign: string;
    postGone: (slug: string) => string;
    postHref: (post: PostInfo) => string;
  };
}

/** Everything the dashboard shows; undefined when nothing has been imported yet. */
export function dashboardView(input: DashboardInput): DashboardView | undefined {
  const { data, labels } = input;
  const span = dataSpan(data);
  if (!span || data.rows.length === 0) return undefined;
  const rows = data.rows;
  const series = dailySeries(rows, span);
  const undated = undatedRows(rows);
  const totals = totalsOf(rows);
  const post = postLookup(input.posts, input.locale, input.defaultLocale);
  const campaignName = (id: string) => input.campaigns.find((campaign) => campaign.id === id)?.name;
  const rowsOf = (groups: Group[], describe: (key: string) => { label: string; href?: string }): BreakdownRow[] =>
    groups.map((group) => ({ ...group, ...describe(group.key) }));
  return {
    span,
    totals,
    active: {
      recent: activeAdvocates(rowsIn(rows, recentDays(input.now, input.settings.recent_days))),
      all: activeAdvocates(rows),
      days: input.settings.recent_days,
    },
    series,
    weekly: weeklyTotals(series),
    busiest: busiestDay(series),
    undated: undated.length > 0 ? { totals: totalsOf(undated), span: spanOf(undated) } : undefined,
    byNetwork: rowsOf(
      groupTotals(rows, (row) => row.network),
      (key) => ({ label: labels.network(key) }),
    ),
    byPost: rowsOf(
      groupTotals(rows, (row) => row.post),
      (key) => {
        const found = post(key);
        return found ? { label: found.title, href: labels.postHref(found) } : { label: labels.postGone(key) };
      },
    ),
    byCampaign: rowsOf(
      groupTotals(rows, (row) => row.campaign),
      (key) => ({ label: campaignName(key) ?? (key === input.defaultCampaign ? labels.noCampaign : key) }),
    ),
    byCategory: rowsOf(
      groupTotals(rows, (row) => post(row.post)?.category ?? ''),
      (key) => ({ label: labels.category(key) }),
    ),
    earnedMedia: earnedMediaOfVisits(totals.sessions, input.settings),
  };
}

/**
 * The value of the visits: each is a click a paid post would have been charged for, and the
 * impressions behind them are estimated with the calculator's click-through rate.
 */
export function earnedMediaOfVisits(
  visits: number,
  settings: Pick<MeasurementSettings, 'cpm' | 'cpc' | 'calculator'>,
): EarnedMedia {
  const ctr = settings.calculator.ctr_percent / 100;
  const impressions = ctr > 0 ? visits / ctr : 0;
  const clicksValue = earnedMediaValue(0, visits, settings);
  const impressionsValue = earnedMediaValue(impressions, 0, settings);
  return { clicks: visits, clicksValue, impressions, impressionsValue, total: clicksValue + impressionsValue };
}

function spanOf(rows: readonly AnalyticsRow[]): DayRange {
  return {
    from: rows.reduce((min, row) => (row.date < min ? row.date : min), rows[0]?.date as string),
    to: rows.reduce((max, row) => ((row.until ?? row.date) > max ? (row.until ?? row.date) : max), rows[0]?.date as string),
  };
}
