/**
 * What a search is, as it appears in the address bar: `?q=e-bike&type=post&network=linkedin`.
 * The search page reads it on load and writes it back after each search, so a search can be
 * linked and bookmarked. Runs in the browser.
 */
export const FILTER_NAMES = ['type', 'category', 'campaign', 'network'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  query: string;
  filters: Record<FilterName, string[]>;
  /** Search for the words as typed, without correcting typos (`&exact=1`, the "search instead for" link). */
  exact?: boolean;
}

/** The address parameter of {@link SearchState.exact}. */
const EXACT = 'exact';

export function emptyFilters(): Record<FilterName, string[]> {
  return { type: [], category: [], campaign: [], network: [] };
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) filters[name] = [...new Set(params.getAll(name).filter((value) => value !== ''))];
  return { query: (params.get('q') ?? '').trim(), filters, ...(params.get(EXACT) === '1' ? { exact: true } : {}) };
}

export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.exact && state.query.trim() !== '') params.set(EXACT, '1');
  return params;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

export function activeFilterCount(state: SearchState): number {
  return FILTER_NAMES.reduce((sum, name) => sum + state.filters[name].length, 0);
}

/** Pagefind's filter option: within a group any ticked value matches, and every group must match. */
export function pagefindFilters(state: SearchState): Partial<Record<FilterName, { any: string[] }>> {
  const filters: Partial<Record<FilterName, { any: string[] }>> = {};
  for (const name of FILTER_NAMES) if (state.filters[name].length > 0) filters[name] = { any: [...state.filters[name]] };
  return filters;
}
