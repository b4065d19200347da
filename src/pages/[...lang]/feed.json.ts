import type { APIRoute } from 'astro';
import { loadHubConfig } from '../../content/hub-config.ts';
import { now } from '../../content/queries.ts';
import { localeParams } from '../../i18n/routes.ts';
import { buildJsonFeed, feedMeta } from '../../notify/feeds.ts';
import { buildNotices } from '../../notify/build-notices.ts';

/** JSON Feed 1.1 of the posts that can be shared now, one per locale: `/feed.json`, `/it/feed.json`. */
export function getStaticPaths() {
  return localeParams(loadHubConfig());
}

export const GET: APIRoute = async ({ props }) => {
  const hub = loadHubConfig();
  const { locale } = props as { locale: string };
  const feed = buildJsonFeed(feedMeta(hub, locale, now), await buildNotices(hub, locale));
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
