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

/** The post's version to link to: the page's language if it has one, else the default language, else any. */
export function postFor(posts: readonly PostInfo[], slug: string, locale: string, defaultLocale: string): PostInfo | undefined {
  const versions = posts.filter((post) => post.slug === slug);
  return versions.find((post) => post.locale === locale) ?? versions.find((post) => post.locale === defaultLocale) ?? versions[0];
}
