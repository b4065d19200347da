import { listedPosts } from '../reading/queries.ts';
import { isoDate } from '../i18n/translate.ts';

/**
 * Only the newest posts' dates go into every page for the "new since your last visit" count:
 * the list must not grow with the library. More new posts than this shows as "100+".
 */
export const NEWEST_DATES = 100;

const cache = new Map<string, Promise<{ dates: string[]; truncated: boolean }>>();

/** The publish dates (YYYY-MM-DD) of a locale's newest listed posts, computed once per build. */
export function newestPublishDates(locale: string): Promise<{ dates: string[]; truncated: boolean }> {
  let result = cache.get(locale);
  if (!result) {
    result = listedPosts(locale).then((posts) => ({
      dates: posts.slice(0, NEWEST_DATES).map((post) => isoDate(post.data.publish_date)),
      truncated: posts.length > NEWEST_DATES,
    }));
    cache.set(locale, result);
  }
  return result;
}
