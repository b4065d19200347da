import type { APIRoute } from 'astro';
import hub from 'virtual:hub/settings';
import { now } from '../../reading/queries.ts';
import { localeParams } from '../../i18n/routes.ts';
import { buildRss, feedMeta } from '../../notify/feeds.ts';
import { buildNotices } from '../../notify/build-notices.ts';

/** RSS 2.0 feed of the posts that can be shared now, one per locale: `/feed.xml`, `/it/feed.xml`. */
export function getStaticPaths() {
  return localeParams(hub);
}

export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals;
  const body = buildRss(feedMeta(hub, locale, now), await buildNotices(hub, locale));
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
