import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow, hasPage, isListed, newestFirst } from './lifecycle.ts';
import { contentDir, listCampaignIds } from './paths.ts';

export type PostEntry = CollectionEntry<'posts'>;
export type GuidelineEntry = CollectionEntry<'guidelines'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;

/** `en/e-bike-launch` → locale `en`, slug `e-bike-launch`. */
export function splitId(id: string): { locale: string; slug: string } {
  const slash = id.indexOf('/');
  return { locale: id.slice(0, slash), slug: id.slice(slash + 1) };
}

export const now = buildNow();

let allPosts: Promise<PostEntry[]> | undefined;

/** Every post that gets a page (live or expired), newest first. Read once per build. */
export function postsWithPages(): Promise<PostEntry[]> {
  allPosts ??= getCollection('posts', (entry) => hasPage(entry.data, now)).then((posts) =>
    posts.sort((a, b) => newestFirst(a.data, b.data)),
  );
  return allPosts;
}

const listedByLocale = new Map<string, Promise<PostEntry[]>>();

/** Live posts of one locale, newest first. Computed once per locale: every page asks for it. */
export function listedPosts(locale: string): Promise<PostEntry[]> {
  let listed = listedByLocale.get(locale);
  if (!listed) {
    listed = postsWithPages().then((posts) =>
      posts.filter((entry) => splitId(entry.id).locale === locale && isListed(entry.data, now)),
    );
    listedByLocale.set(locale, listed);
  }
  return listed;
}

export async function guidelinesFor(locale: string): Promise<GuidelineEntry[]> {
  const all = await getCollection('guidelines', (entry) => splitId(entry.id).locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export async function faqFor(locale: string): Promise<FaqEntry[]> {
  const all = await getCollection('faq', (entry) => splitId(entry.id).locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question));
}

/**
 * Every campaign, by start date. A hub without campaigns (as `npm run init` makes it) does not
 * ask Astro for the empty collection, which would warn about it on every page.
 */
export function campaigns(): Promise<CampaignEntry[]> {
  allCampaigns ??= readCampaigns();
  return allCampaigns;
}

/** Read once per build, as the posts are: every post page asks for its campaign. */
let allCampaigns: Promise<CampaignEntry[]> | undefined;

async function readCampaigns(): Promise<CampaignEntry[]> {
  if (listCampaignIds(contentDir()).length === 0) return [];
  return (await getCollection('campaigns')).sort((a, b) => a.data.start.getTime() - b.data.start.getTime());
}

/** Locales in which an entry with this slug exists, for the language switcher. */
export async function translationsOf(collection: 'posts' | 'guidelines', slug: string): Promise<Set<string>> {
  const entries = collection === 'posts' ? await postsWithPages() : await getCollection('guidelines');
  return new Set(entries.map((entry) => splitId(entry.id)).filter((id) => id.slug === slug).map((id) => id.locale));
}
