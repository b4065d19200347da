import type { APIRoute } from 'astro';
import { loadHubConfig } from '../../content/hub-config.ts';
import { now } from '../../content/queries.ts';
import { localeParams } from '../../i18n/routes.ts';
import { buildRss, feedMeta } from '../../notify/feeds.ts';
import { buildNotices } from '../../notify/build-notices.ts';

/** RSS 2.0 feed of the posts that can be shared now, one per locale: `/feed.xml`, `/it/feed.xml`. */
export function getStaticPaths() {
  return localeParams(loadHubConfig());
}

export const GET: APIRoute = async ({ props }) => {
  const hub = loadHubConfig();
  const { locale } = props as { locale: string };
  const body = buildRss(feedMeta(hub, locale, now), await buildNotices(hub, locale));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
