/** What the measurement pages need to know about posts and campaigns, independent of `astro:content`. */

export interface PostInfo {
  slug: string;
  locale: string;
  title: string;
  category: string;
}

export interface CampaignInfo {
  id: string;
  /** In the page's language. */
  name: string;
  hashtag: string;
  start: Date;
  end: Date;
}

/**
 * A lookup of the post's version to link to: the page's language if it has one, else the default
 * language, else any. Built once per page: a hub with 10,000 posts asks it 10,000 times.
 */
export function postLookup(posts: readonly PostInfo[], locale: string, defaultLocale: string): (slug: string) => PostInfo | undefined {
  const versions = new Map<string, PostInfo[]>();
  for (const post of posts) {
    const list = versions.get(post.slug);
    if (list) list.push(post);
    else versions.set(post.slug, [post]);
  }
  return (slug) => {
    const list = versions.get(slug);
    if (!list) return undefined;
    return list.find((post) => post.locale === locale) ?? list.find((post) => post.locale === defaultLocale) ?? list[0];
  };
}
