/// <reference lib="webworker" />
/**
 * A search worker: Pagefind runs here, over some of the index's parts, and only scores and the
 * details of shown results go back to the page (see `src/search/worker-protocol.ts`).
 */
import type { PagefindModule, PagefindResult, PagefindResultData } from '../search/pagefind-browser.ts';
import { inflatingFetch } from '../search/pagefind-files.ts';
import { KEPT_SEARCHES, type WorkerReply, type WorkerRequest } from '../search/worker-protocol.ts';
import { fetchEntryAhead } from './search-prefetch.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const fetchAsItComes = scope.fetch.bind(scope);
// Only Pagefind fetches in this worker: it gets its files inflated by the browser, not by itself.
scope.fetch = inflatingFetch(fetchAsItComes);
/** Words in the passage a result shows. */
const EXCERPT_WORDS = 26;
/** Pagefind over the part this worker opened, and the language it was opened for (merged parts get the same). */
let opened: { pagefind: Promise<PagefindModule>; language: string } | undefined;
/** Results of the latest searches, by search id (ids grow with each search). */
const searches = new Map<number, PagefindResult[]>();

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => void answer(event.data));

async function answer(request: WorkerRequest): Promise<void> {
  try {
    switch (request.kind) {
      case 'open': {
        const { part, language, cacheTag } = request;
        opened = { pagefind: open(part, language, cacheTag), language };
        await opened.pagefind;
        return reply({ kind: 'ready', id: request.id });
      }
      case 'merge': {
        const { pagefind, language } = openedIndex();
        const module = await pagefind;
        await Promise.all(request.parts.map((part) => module.mergeIndex(new URL(part).pathname, { excerptLength: EXCERPT_WORDS, language })));
        return reply({ kind: 'ready', id: request.id });
      }
      case 'preload':
        return void (await opened?.pagefind)?.preload(request.query).catch(() => {});
      case 'search': {
        const search = await (await openedIndex().pagefind).search(request.query, { filters: request.filters });
        searches.set(request.id, search.results);
        while (searches.size > KEPT_SEARCHES) searches.delete(Math.min(...searches.keys()));
        const scores = Float64Array.from(search.results, (result) => result.score);
        return reply({ kind: 'found', id: request.id, scores }, [scores.buffer]);
      }
      case 'data': {
        const result = searches.get(request.search)?.[request.position];
        if (!result) throw new Error(`search ${request.search} has no result ${request.position} any more`);
        // Only what a result shows: not the page's whole text, which Pagefind's details also hold.
        const { url, excerpt, meta, filters, sub_results }: PagefindResultData = await result.data();
        return reply({ kind: 'data', id: request.id, data: { url, excerpt, meta, filters, ...(sub_results ? { sub_results } : {}) } });
      }
    }
  } catch (error) {
    if ('id' in request) reply({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

function openedIndex(): NonNullable<typeof opened> {
  if (!opened) throw new Error('the search worker was asked to search before it was opened');
  return opened;
}

/** Pagefind over one index part, its WebAssembly and page list loaded. */
async function open(part: string, language: string, cacheTag: string): Promise<PagefindModule> {
  // The WebAssembly and page list Pagefind will ask for, fetched while it loads (into the cache:
  // read whole, not inflated); the entry file that names them is the copy the page fetched.
  void fetchEntryAhead(new URL(`pagefind-entry.json?ts=${cacheTag}`, part), language, (url) => {
    void fetchAsItComes(url)
      .then((response) => response.arrayBuffer())
      .catch(() => {});
  });
  const module = (await import(/* @vite-ignore */ new URL('pagefind.js', part).href)) as PagefindModule;
  await module.options({ excerptLength: EXCERPT_WORDS, metaCacheTag: cacheTag });
  // Pagefind reads the page's language from <html lang>, and a worker has no document: lend it
  // one with only that, for as long as Pagefind starts.
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => language }) };
  try {
    await module.init();
  } finally {
    delete global.document;
  }
  // Load the WebAssembly and the page list now, while the person types. Merging waits for this
  // part without noticing if it failed to load, so this also makes sure it did (preload throws
  // then). An empty preload loads no words and, unlike filters(), no filter counts.
  await module.preload('');
  return module;
}

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}
