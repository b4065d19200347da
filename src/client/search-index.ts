/**
 * The search page's side of its search workers (`search-worker.ts`): the index's parts are shared
 * among a few workers that search at the same time; their results are merged by score, and each
 * result's details are fetched from its worker only when it is shown.
 */
import type { PagefindResultData, PagefindSearch } from '../search/pagefind-browser.ts';
import { mergeByScore, shareParts, type WorkerReply, type WorkerRequest } from '../search/worker-protocol.ts';

export interface SearchIndex {
  search(query: string | null, filters: Record<string, unknown>): Promise<PagefindSearch>;
  /** Fetches ahead the index chunks of words being typed. */
  preload(query: string): void;
}

export interface OpenOptions {
  /** The folders of the index parts to search (absolute addresses ending in `/`), the first part first. */
  parts: string[];
  /** The language of the page, whose index is searched. */
  language: string;
  excerptLength: number;
  /** At most this many workers (never more than there are parts). */
  workers: number;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Starts the workers and opens the index in them; rejects when a part cannot be loaded. */
export async function openSearchIndex(options: OpenOptions): Promise<SearchIndex> {
  const groups = shareParts(options.parts, options.workers);
  const workers = groups.map(() => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }));
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  let lastId = 0;

  for (const worker of workers) {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = waiting.get(reply.id);
      if (!waiter) return;
      waiting.delete(reply.id);
      if (reply.kind === 'failed') waiter.reject(new Error(reply.message));
      else waiter.resolve(reply);
    });
    // A worker that cannot start (its script missing or broken) fails whatever waits.
    worker.addEventListener('error', (event) => {
      for (const waiter of waiting.values()) waiter.reject(new Error(event.message || 'a search worker stopped'));
      waiting.clear();
    });
  }

  function ask(worker: number, request: Request): Promise<WorkerReply> & { id: number } {
    const id = ++lastId;
    const answer = new Promise<WorkerReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
    workers[worker]!.postMessage({ ...request, id } as WorkerRequest);
    return Object.assign(answer, { id });
  }

  try {
    await Promise.all(groups.map((parts, worker) => ask(worker, { kind: 'open', parts, language: options.language, excerptLength: options.excerptLength })));
  } catch (error) {
    for (const worker of workers) worker.terminate();
    throw error;
  }

  return {
    preload(query) {
      for (const worker of workers) worker.postMessage({ kind: 'preload', query } satisfies WorkerRequest);
    },
    async search(query, filters) {
      const asked = workers.map((_, worker) => ask(worker, { kind: 'search', query, filters }));
      const scores = (await Promise.all(asked)).map((reply) => (reply.kind === 'found' ? reply.scores : new Float64Array()));
      const results = mergeByScore(scores).map(({ worker, position }) => ({
        id: `${worker}:${position}`,
        score: scores[worker]![position]!,
        data: async (): Promise<PagefindResultData> => {
          const reply = await ask(worker, { kind: 'data', search: asked[worker]!.id, position });
          if (reply.kind !== 'data') throw new Error('a search worker answered with something else than a result');
          return reply.data;
        },
      }));
      return { results };
    },
  };
}
