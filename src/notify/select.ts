import { isListed, newestFirst } from '../reading/lifecycle.ts';

interface Dated {
  draft: boolean;
  title: string;
  publish_date: Date;
  expiry_date?: Date | undefined;
}

export interface LocatedPost<T extends Dated = Dated> {
  locale: string;
  slug: string;
  data: T;
}

/**
 * Which posts count as new: published after a day (that day itself was covered by the
 * previous run), or whose files were added to the repository since a git ref.
 */
export type Since =
  | { kind: 'date'; after: Date }
  | { kind: 'ref'; ref: string; /** `<locale>/<slug>` of the post files added since the ref. */ added: ReadonlySet<string> };

/** The posts of a locale that are live now (not drafts, not embargoed, not expired), newest first. */
export function currentPosts<T extends Dated>(posts: readonly LocatedPost<T>[], locale: string, now: Date): LocatedPost<T>[] {
  return posts.filter((post) => post.locale === locale && isListed(post.data, now)).sort((a, b) => newestFirst(a.data, b.data));
}

/** The current posts of a locale that are new since the given point, newest first. */
export function postsSince<T extends Dated>(posts: readonly LocatedPost<T>[], since: Since, locale: string, now: Date): LocatedPost<T>[] {
  return currentPosts(posts, locale, now).filter((post) =>
    since.kind === 'date'
      ? post.data.publish_date.getTime() > since.after.getTime()
      : since.added.has(`${post.locale}/${post.slug}`),
  );
}
