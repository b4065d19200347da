import type { HubConfig } from '../schemas/hub.ts';
import { campaigns, listedPosts, splitId } from '../reading/queries.ts';
import { mediaImage, previewImage } from '../reading/media.ts';
import { toNotice, type Notice } from './notice.ts';

/** By locale: a build has one hub (its settings are `virtual:hub/settings`), as `listedPosts` assumes. */
const noticesByLocale = new Map<string, Promise<readonly Notice[]>>();

/**
 * The listed posts of a locale as notices, inside the Astro build (the feeds). Pictures are the
 * same 1200×630 renditions the post pages use as link previews. Made once per locale, as the
 * listed posts are: both feeds of a language ask for them (0.3 s each at 10,000 posts).
 */
export function buildNotices(hub: HubConfig, locale: string): Promise<readonly Notice[]> {
  let notices = noticesByLocale.get(locale);
  if (!notices) noticesByLocale.set(locale, (notices = makeNotices(hub, locale)));
  return notices;
}

async function makeNotices(hub: HubConfig, locale: string): Promise<Notice[]> {
  const campaignFacts = new Map((await campaigns()).map((campaign) => [campaign.id, campaign.data]));
  const posts = await listedPosts(locale);
  return Promise.all(
    posts.map(async (entry) => {
      const image = entry.data.image ? await mediaImage(entry.data.image.src) : undefined;
      const rendition = image ? await previewImage(image, hub.site) : undefined;
      return toNotice(hub, { ...splitId(entry.id), data: entry.data }, campaignFacts, rendition);
    }),
  );
}
