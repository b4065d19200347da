import type { AdvocateEntry, AnalyticsData, DayRange, MeasurementSettings } from '../schemas/measurement.ts';
import { campaignActive } from '../reading/lifecycle.ts';
import { dataSpan, recentDays, rowsIn } from './aggregate.ts';
import type { CampaignInfo } from './content-info.ts';
import { hiddenCodes, publicNames, rankAdvocates, rankCampaigns, shortCode, type AdvocateScore, type CampaignScore } from './leaderboard.ts';

export interface NamedScore extends AdvocateScore {
  /** The person's name when they asked to be shown, else "Advocate ab12…" (people not listed in advocates.yaml). */
  label: string;
  named: boolean;
}

export interface LeaderboardView {
  span: DayRange;
  recent: { range: DayRange; scores: NamedScore[] };
  /** One table per campaign running on the build date. */
  current: { campaign: CampaignInfo; scores: NamedScore[] }[];
  allTime: NamedScore[];
  hashtags: (CampaignScore & { name: string })[];
}

export interface LeaderboardInput {
  data: AnalyticsData;
  settings: Pick<MeasurementSettings, 'points' | 'leaderboard_size' | 'recent_days'>;
  advocates: readonly AdvocateEntry[];
  campaigns: readonly CampaignInfo[];
  now: Date;
  /** "Advocate ab12…" in the page's language. */
  anonymous: (shortCode: string) => string;
}

/** Everything the leaderboard page shows; undefined when nothing has been imported yet. */
export function leaderboardView(input: LeaderboardInput): LeaderboardView | undefined {
  const span = dataSpan(input.data);
  if (!span || input.data.rows.length === 0) return undefined;
  const { points, leaderboard_size: size, recent_days: days } = input.settings;
  const names = publicNames(input.advocates);
  const name = (score: AdvocateScore): NamedScore => {
    const known = names.get(score.code);
    return { ...score, label: known ?? input.anonymous(shortCode(score.code)), named: known !== undefined };
  };
  // People who asked not to be shown are not ranked at all: no row, no rank gap, no part of
  // their code. Their visits still count in the campaign totals, which name nobody.
  const hidden = hiddenCodes(input.advocates);
  const rows = input.data.rows.filter((row) => !row.advocate || !hidden.has(row.advocate));
  const range = recentDays(input.now, days);
  return {
    span,
    recent: { range, scores: rankAdvocates(rowsIn(rows, range), points, size).map(name) },
    current: input.campaigns
      .filter((campaign) => campaignActive(campaign, input.now))
      .map((campaign) => ({
        campaign,
        scores: rankAdvocates(
          rows.filter((row) => row.campaign === campaign.id),
          points,
          size,
        ).map(name),
      })),
    allTime: rankAdvocates(rows, points, size).map(name),
    hashtags: rankCampaigns(input.data.rows, input.campaigns, points).map((score) => ({
      ...score,
      name: input.campaigns.find((campaign) => campaign.id === score.id)?.name ?? score.id,
    })),
  };
}
