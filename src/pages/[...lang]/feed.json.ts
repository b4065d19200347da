import type { APIRoute } from 'astro';
import hub from 'virtual:hub/settings';
import { now } from '../../reading/queries.ts';
import { localeParams } from '../../i18n/routes.ts';
import { buildJsonFeed, feedMeta } from '../../notify/feeds.ts';
import { buildNotices } from '../../notify/build-notices.ts';

/** JSON Feed 1.1 of the posts that can be shared now, one per locale: `/feed.json`, `/it/feed.json`. */
export function getStaticPaths() {
  return localeParams(hub);
}

export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals;
  const feed = buildJsonFeed(feedMeta(hub, locale, now), await buildNotices(hub, locale));
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
