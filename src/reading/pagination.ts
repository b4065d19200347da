/** Lists of posts are cut into pages, so that no page grows with the size of the library. */
export const POSTS_PER_PAGE = 24;

export interface PageOf<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
}

/** Page `page` (1-based) of `items`; an empty list still has one (empty) page. */
export function pageOf<T>(items: readonly T[], page: number, perPage = POSTS_PER_PAGE): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pages };
}

/** The page numbers after the first, for the `page/[page]` routes. */
export function laterPages(total: number, perPage = POSTS_PER_PAGE): number[] {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return Array.from({ length: pages - 1 }, (_, index) => index + 2);
}
