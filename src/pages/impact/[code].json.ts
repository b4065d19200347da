import type { APIRoute } from 'astro';
import { loadAdvocates } from '../../reading/advocates.ts';
import { loadAnalyticsData } from '../../reading/analytics-data.ts';
import { hiddenCodes } from '../../analytics/leaderboard.ts';
import { advocateImpacts, type AdvocateImpact } from '../../analytics/impact.ts';
import hub from 'virtual:hub/settings';
import { now } from '../../reading/queries.ts';

/**
 * `/impact/CODE.json`: one advocate's own figures, one small file per code with data (none for
 * people who asked not to be shown: see `advocateImpacts`). No file
 * lists the codes; the page asks only for the code it knows, and a code without a file gets
 * the same "no figures yet" as a code that never shared.
 */
export function getStaticPaths() {
  const impacts = advocateImpacts(loadAnalyticsData(), hub.measurement.points, now, hiddenCodes(loadAdvocates()));
  return [...impacts.values()].map((impact) => ({ params: { code: impact.code }, props: { impact } }));
}

export const GET: APIRoute = ({ props }) => {
  const { impact } = props as { impact: AdvocateImpact };
  return new Response(JSON.stringify(impact), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
