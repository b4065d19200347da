/// <reference lib="webworker" />
/**
 * A search worker: Pagefind runs here, over some of the index's parts, and only scores and the
 * details of shown results go back to the page (see `src/search/worker-protocol.ts`).
 */
import type { PagefindModule, PagefindResult } from '../search/pagefind-browser.ts';
import { KEPT_SEARCHES, type WorkerReply, type WorkerRequest } from '../search/worker-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let pagefind: Promise<PagefindModule> | undefined;
const searches = new Map<number, PagefindResult[]>();

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => void answer(event.data));

async function answer(request: WorkerRequest): Promise<void> {
  try {
    switch (request.kind) {
      case 'open':
        pagefind = open(request.parts, request.language, request.excerptLength);
        await pagefind;
        return reply({ kind: 'opened', id: request.id });
      case 'preload':
        return void (await pagefind)?.preload(request.query).catch(() => {});
      case 'search': {
        if (!pagefind) throw new Error('the search worker was asked to search before it was opened');
        const search = await (await pagefind).search(request.query, { filters: request.filters });
        searches.set(request.id, search.results);
        for (const kept of searches.keys()) if (searches.size > KEPT_SEARCHES) searches.delete(kept);
        const scores = Float64Array.from(search.results, (result) => result.score);
        return reply({ kind: 'found', id: request.id, scores }, [scores.buffer]);
      }
      case 'data': {
        const result = searches.get(request.search)?.[request.position];
        if (!result) throw new Error(`search ${request.search} has no result ${request.position} any more`);
        return reply({ kind: 'data', id: request.id, data: await result.data() });
      }
    }
  } catch (error) {
    if ('id' in request) reply({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Pagefind from the first part, with the other parts merged into it. */
async function open(parts: readonly string[], language: string, excerptLength: number): Promise<PagefindModule> {
  const [first, ...others] = parts;
  if (!first) throw new Error('the search worker was given no index');
  const module = (await import(/* @vite-ignore */ new URL('pagefind.js', first).href)) as PagefindModule;
  await module.options({ excerptLength });
  // Pagefind reads the page's language from <html lang>, and a worker has no document: lend it
  // one with only that, for as long as Pagefind starts.
  const global = globalThis as { document?: unknown };
  global.document = { querySelector: () => ({ getAttribute: () => language }) };
  try {
    await module.init();
  } finally {
    delete global.document;
  }
  // Load the WebAssembly and the page list now, while the person types. Merging waits for the
  // first part without noticing if it failed to load, so this also makes sure it did (preload
  // throws then). An empty preload loads no words and, unlike filters(), no filter counts.
  await module.preload('');
  await Promise.all(others.map((part) => module.mergeIndex(new URL(part).pathname, { excerptLength, language })));
  return module;
}

function reply(message: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}
