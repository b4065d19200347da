/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. Not
 * `filters()`: once loaded, Pagefind counts every filter value on every search, which takes
 * seconds on a hub of 10,000 posts; the search page counts its options at build time instead.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  /** How well the page matches; results come best first. */
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  preload(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
}
