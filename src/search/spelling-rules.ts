/** How far a search word may be from what was meant: shared by the typo check and the speller. */

/** Words shorter than this are never corrected (`solr` is the shortest a person expects fixed). */
export const SHORTEST_CORRECTED = 4;
/** Words up to this long may be one edit away from what was meant; longer ones two. */
export const LONGEST_ONE_EDIT = 7;

/** The edits allowed in a word of this many letters: none, 1, or 2. */
export function editsAllowed(length: number): 0 | 1 | 2 {
  if (length < SHORTEST_CORRECTED) return 0;
  return length <= LONGEST_ONE_EDIT ? 1 : 2;
}
