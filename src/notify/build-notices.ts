import type { HubConfig } from '../schemas/hub.ts';
import { campaigns, listedPosts, splitId } from '../reading/queries.ts';
import { mediaImage, previewImage } from '../reading/media.ts';
import { toNotice, type Notice } from './notice.ts';

/**
 * The listed posts of a locale as notices, inside the Astro build (the feeds). Pictures are the
 * same 1200×630 renditions the post pages use as link previews.
 */
export async function buildNotices(hub: HubConfig, locale: string): Promise<Notice[]> {
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
