/**
 * What the search page and its search workers (`src/client/search-worker.ts`) say to each other.
 *
 * Pagefind hands every search back with every result and every matching word's position, which
 * for a word found on all 10,000 pages of a large hub is megabytes to parse and copy. A worker
 * keeps those results to itself and sends the page only their scores; the page asks for the
 * details of the few results it shows. A large hub's index parts are shared among a few workers,
 * which search at the same time.
 */
import type { PagefindResultData } from './pagefind-browser.ts';

export type WorkerRequest =
  /**
   * Load Pagefind from an index part, for pages in `language`. A part is the address of its
   * folder (absolute, ending in `/`), which holds its own `pagefind.js`. `cacheTag` is the `?ts=`
   * Pagefind is to add to its entry file's address: the search page fetched that copy ahead.
   */
  | { kind: 'open'; id: number; part: string; language: string; cacheTag: string }
  /** Merge more parts into the one opened, to be searched with it. */
  | { kind: 'merge'; id: number; parts: string[] }
  /** Fetch the index chunks of words being typed, ahead of the search. */
  | { kind: 'preload'; query: string }
  | { kind: 'search'; id: number; query: string | null; filters: Record<string, unknown> }
  /** The details of the result at `position` of search `search`. */
  | { kind: 'data'; id: number; search: number; position: number };

export type WorkerReply =
  /** The part is open, or the parts merged. */
  | { kind: 'ready'; id: number }
  /** The scores of every result, best first (Pagefind's order). */
  | { kind: 'found'; id: number; scores: Float64Array }
  | { kind: 'data'; id: number; data: PagefindResultData }
  | { kind: 'failed'; id: number; message: string };

/** How many searches a worker keeps the results of (the shown one and those just before it). */
export const KEPT_SEARCHES = 4;

/**
 * Splits the index parts among `workers` workers, keeping parts in order, so that merging the
 * workers' results by score gives the order Pagefind's own merging would.
 */
export function shareParts<T>(parts: readonly T[], workers: number): T[][] {
  const count = Math.max(1, Math.min(workers, parts.length));
  const groups: T[][] = [];
  let next = 0;
  for (let k = 0; k < count; k++) {
    const size = Math.ceil((parts.length - next) / (count - k));
    groups.push(parts.slice(next, next + size));
    next += size;
  }
  return groups;
}

/** Where each result lives: which worker, and its place in that worker's list. */
export interface ResultPlace {
  worker: number;
  position: number;
}

/**
 * Merges the workers' score lists (each best first) into one list, best first; a tie goes to the
 * earlier worker, as Pagefind's merge keeps earlier parts first.
 */
export function mergeByScore(lists: readonly ArrayLike<number>[]): ResultPlace[] {
  const next = lists.map(() => 0);
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const merged: ResultPlace[] = [];
  while (merged.length < total) {
    let best = -1;
    for (let worker = 0; worker < lists.length; worker++) {
      const position = next[worker]!;
      if (position >= lists[worker]!.length) continue;
      if (best === -1 || lists[worker]![position]! > lists[best]![next[best]!]!) best = worker;
    }
    merged.push({ worker: best, position: next[best]! });
    next[best] = next[best]! + 1;
  }
  return merged;
}
