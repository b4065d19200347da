import { describe, expect, it } from 'vitest';
import { activeFilterCount, hasCriteria, pagefindFilters, readSearchState, searchStateParams } from '../../src/search/query-state.ts';

describe('a search in the address bar', () => {
  it('reads the words and the ticked filters', () => {
    const state = readSearchState(new URLSearchParams('q=+e-bike+milan+&type=post&network=linkedin&network=x&network=x&category='));
    expect(state).toEqual({ query: 'e-bike milan', filters: { type: ['post'], category: [], campaign: [], network: ['linkedin', 'x'] } });
    expect(activeFilterCount(state)).toBe(3);
  });

  it('is written back the same way, so it can be bookmarked', () => {
    const params = 'q=photos+office&type=faq&category=Lavora+con+noi';
    expect(searchStateParams(readSearchState(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('runs nothing when there are no words and no filters', () => {
    expect(hasCriteria(readSearchState(new URLSearchParams('q=+++')))).toBe(false);
    expect(hasCriteria(readSearchState(new URLSearchParams('type=faq')))).toBe(true);
  });

  it('asks Pagefind for any ticked value within a group, and every group', () => {
    const state = readSearchState(new URLSearchParams('q=bike&network=linkedin&network=x&type=post'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['post'] }, network: { any: ['linkedin', 'x'] } });
  });
});

describe('searching the words as typed', () => {
  it('keeps exact=1 in the address, and only with a query', () => {
    const state = readSearchState(new URLSearchParams('q=warrenty&exact=1&type=post'));
    expect(state.exact).toBe(true);
    expect(searchStateParams(state).toString()).toBe('q=warrenty&type=post&exact=1');
    expect(readSearchState(new URLSearchParams('q=warrenty')).exact).toBeUndefined();
    expect(searchStateParams({ ...state, query: '' }).toString()).toBe('type=post');
  });
});
