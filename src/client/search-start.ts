/**
 * The search page's first script, in its `<head>`: it starts what the first search needs, at once
 * and once, while the page's other scripts load. It fetches Pagefind's entry file and the list of
 * the index's further parts, and opens the first search worker (`search-worker.ts`) on the index's
 * first part, loading the words in the address (the worker fetches the WebAssembly and page list
 * the entry file names while it loads Pagefind). The search page's script (`search-page.ts`) takes
 * these over from `window.hubSearch`: it waits for the worker rather than start one.
 *
 * It imports nothing at run time that another script of the page imports, so that it is bundled
 * as one piece with no imports, which Astro writes into the page: it runs as soon as the page is
 * parsed, with nothing more to fetch first.
 */
import { furtherParts, PARTS_FILE, type PartsManifest } from '../search/parts.ts';
import type { WorkerReply, WorkerRequest } from '../search/worker-protocol.ts';

export interface SearchStart {
  /** Pagefind's script (that of the index's first part). */
  bundle: URL;
  /** The `?ts=` Pagefind is to add to its entry file's address: the copy fetched here has it. */
  cacheTag: string;
  /** The folders of the further parts of the language's index (none when it is in one part). */
  further: Promise<string[]>;
  /** The first search worker, asked to open the first part (as request 0). */
  worker: Worker;
  /** Resolves when that worker has opened the first part; rejects when it could not. */
  opened: Promise<void>;
}

/** The id of the first worker's request to open the first part (`search-index.ts` numbers its own from 1). */
const FIRST_OPEN_ID = 0;

declare global {
  interface Window {
    /** What the search page's first script started (see `search-start.ts`). */
    hubSearch?: SearchStart;
  }
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) window.hubSearch = startSearch(root);

function startSearch(root: HTMLElement): SearchStart {
  const bundle = new URL(root.dataset.bundle ?? '/pagefind/pagefind.js', window.location.href);
  const folder = new URL('.', bundle);
  const language = document.documentElement.lang;
  // Pagefind asks for its entry file with a new `?ts=` each time, so that it is never stale; it is
  // told to use this one, as new, so that it finds the copy fetched here in the browser's cache.
  const cacheTag = String(Date.now());
  void fetch(new URL(`pagefind-entry.json?ts=${cacheTag}`, folder))
    .then((response) => response.arrayBuffer())
    .catch(() => {});
  const further = fetch(new URL(PARTS_FILE, folder), { cache: 'no-cache' }).then(async (response) => {
    // No list: an index in one part (as every index was before parts).
    if (response.status === 404) return [];
    if (!response.ok) throw new Error(`${PARTS_FILE}: ${response.status}`);
    return furtherParts((await response.json()) as PartsManifest, language, folder);
  });
  further.catch(() => {}); // the search page awaits it and says when it failed

  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const opened = new Promise<void>((resolve, reject) => {
    const answer = (event: MessageEvent<WorkerReply>) => {
      if (event.data.id !== FIRST_OPEN_ID) return;
      worker.removeEventListener('message', answer);
      if (event.data.kind === 'failed') reject(new Error(event.data.message));
      else resolve();
    };
    worker.addEventListener('message', answer);
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the search worker could not start')));
  });
  opened.catch(() => {}); // as `further`
  const ask = (request: WorkerRequest) => worker.postMessage(request);
  ask({ kind: 'open', id: FIRST_OPEN_ID, part: folder.href, language: language.toLowerCase(), cacheTag });
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) ask({ kind: 'preload', query });
  return { bundle, cacheTag, further, worker, opened };
}
