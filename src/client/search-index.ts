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
  /** The folder of the first index part (an absolute address ending in `/`). */
  first: string;
  /** The folders of the further parts to search, once known (none for an index in one part). */
  further: Promise<string[]>;
  /** The language of the page, whose index is searched. */
  language: string;
  excerptLength: number;
  /** At most this many workers (never more than there are parts). */
  workers: number;
}

/** A request as sent, before it is given its id. */
type Outgoing = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

interface Waiter {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

/** One worker, the requests it has yet to answer, and why it stopped, if it did. */
class SearchWorker {
  readonly #worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  readonly #waiting = new Map<number, Waiter>();
  #stopped: Error | undefined;

  constructor() {
    this.#worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.#waiting.get(reply.id);
      if (!waiter) return;
      this.#waiting.delete(reply.id);
      if (reply.kind === 'failed') waiter.reject(new Error(reply.message));
      else waiter.resolve(reply);
    });
    // A worker whose script cannot load or run fails what it was asked, and everything after.
    this.#worker.addEventListener('error', (event) => {
      this.#stopped = new Error(event.message || 'a search worker stopped');
      for (const waiter of this.#waiting.values()) waiter.reject(this.#stopped);
      this.#waiting.clear();
      this.#worker.terminate();
    });
  }

  ask(request: Outgoing, id: number): Promise<WorkerReply> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const answer = new Promise<WorkerReply>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    this.#worker.postMessage({ ...request, id } as WorkerRequest);
    return answer;
  }

  tell(request: Extract<WorkerRequest, { kind: 'preload' }>): void {
    if (!this.#stopped) this.#worker.postMessage(request);
  }

  stop(): void {
    this.#worker.terminate();
  }
}

/**
 * Starts the workers and opens the index in them: the first part at once, the further parts as
 * soon as they are known. Rejects when a part cannot be loaded.
 */
export async function openSearchIndex(options: OpenOptions): Promise<SearchIndex> {
  const { first, language, excerptLength } = options;
  const workers: SearchWorker[] = [];
  let lastId = 0;
  const ask = (worker: number, request: Outgoing) => workers[worker]!.ask(request, ++lastId);
  const opening: Promise<WorkerReply>[] = [];
  const open = (worker: number, request: Outgoing) => {
    const answer = ask(worker, request);
    answer.catch(() => {}); // awaited below, unless finding the further parts fails first
    opening.push(answer);
  };

  try {
    workers.push(new SearchWorker());
    open(0, { kind: 'open', part: first, language, excerptLength });
    const groups = shareParts([first, ...(await options.further)], options.workers);
    for (const [worker, [part, ...others]] of groups.entries()) {
      if (worker > 0) {
        workers.push(new SearchWorker());
        open(worker, { kind: 'open', part: part!, language, excerptLength });
      }
      if (others.length > 0) open(worker, { kind: 'merge', parts: others });
    }
    await Promise.all(opening);
  } catch (error) {
    for (const worker of workers) worker.stop();
    throw error;
  }

  return {
    preload(query) {
      for (const worker of workers) worker.tell({ kind: 'preload', query });
    },
    async search(query, filters) {
      const ids = workers.map(() => ++lastId);
      const replies = await Promise.all(workers.map((worker, k) => worker.ask({ kind: 'search', query, filters }, ids[k]!)));
      const scores = replies.map((reply) => {
        if (reply.kind !== 'found') throw new Error(`a search worker answered a search with "${reply.kind}"`);
        return reply.scores;
      });
      const results = mergeByScore(scores).map(({ worker, position }) => ({
        id: `${worker}:${position}`,
        score: scores[worker]![position]!,
        data: async (): Promise<PagefindResultData> => {
          const reply = await ask(worker, { kind: 'data', search: ids[worker]!, position });
          if (reply.kind !== 'data') throw new Error(`a search worker answered a request for details with "${reply.kind}"`);
          return reply.data;
        },
      }));
      return { results };
    },
  };
}
