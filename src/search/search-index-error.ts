/** A failure of the search index step, worded for the build's log (Pagefind's own words where it gave some). */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}
