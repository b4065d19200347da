import { campaigns, listedPosts, postsWithPages, splitId, type PostEntry } from '../reading/queries.ts';
import { pickLocalized } from '../i18n/translate.ts';
import type { CampaignInfo, PostInfo } from './content-info.ts';

/** The posts and campaigns of the build, as the measurement pages need them (reads `astro:content`). */
export async function postInfos(): Promise<PostInfo[]> {
  return (await postsWithPages()).map((entry) => ({
    ...splitId(entry.id),
    title: entry.data.title,
    category: entry.data.category,
  }));
}

export async function campaignInfos(locale: string, defaultLocale: string): Promise<CampaignInfo[]> {
  return (await campaigns()).map((entry) => ({
    id: entry.id,
    name: pickLocalized(entry.data.name, locale, defaultLocale),
    hashtag: entry.data.hashtag,
    start: entry.data.start,
    end: entry.data.end,
  }));
}

/** The language's newest live posts, newest first: what the impact page offers to share next. */
export async function newestToShare(locale: string): Promise<PostEntry[]> {
  return (await listedPosts(locale)).slice(0, 20);
}
