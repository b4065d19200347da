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
  /** The `?ts=` for Pagefind's entry file, whose copy the page fetched ahead (see `search-start.ts`). */
  cacheTag: string;
  /** The first worker, already asked to open the first part (as request 0), and its answer. */
  started: { worker: Worker; opened: Promise<void> };
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
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiter>();
  #stopped: Error | undefined;

  constructor(worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' })) {
    this.#worker = worker;
    this.#worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      const waiter = this.#waiting.get(reply.id);
      if (!waiter) return;
      this.#waiting.delete(reply.id);
      if (reply.kind === 'failed') waiter.reject(new Error(reply.message));
      else waiter.resolve(reply);
    });
    // A worker whose script cannot load or run fails what it was asked, and everything after.
    this.#worker.addEventListener('error', (event) => this.#end(new Error(event.message || 'a search worker stopped')));
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

  /** Stopped on purpose (replaced by a pool): what it still owed fails instead of waiting for ever. */
  stop(): void {
    this.#end(new Error('a search worker was replaced'));
  }

  #end(reason: Error): void {
    if (this.#stopped) return;
    this.#stopped = reason;
    for (const waiter of this.#waiting.values()) waiter.reject(reason);
    this.#waiting.clear();
    this.#worker.terminate();
  }
}

/** A search that took longer than this on one worker asks for more workers (when there are cores and parts to share). */
const SLOW_SEARCH_MS = 150;
/** They start this long after, so as not to slow the showing of that search's results. */
const GROW_AFTER_MS = 1000;

/**
 * Opens the index in one worker: the first part at once, the further parts as soon as they are
 * known. Starting one Pagefind, not one per core, is what makes the first result come soonest.
 * When a search proves slow and the index has several parts, the parts are shared among up to
 * `options.workers` new workers, opened in the background; they take over once all are ready.
 * Rejects when a part cannot be loaded.
 */
export async function openSearchIndex(options: OpenOptions): Promise<SearchIndex> {
  const { first, language, cacheTag } = options;
  /** Request ids, from 1: 0 was the start script's request to open the first part. */
  let lastId = 0;

  /** Opens workers over these groups of parts (each worker its first part, merging the others); rejects if one fails. */
  const openPool = async (groups: Promise<string[][]>, started?: OpenOptions['started']): Promise<SearchWorker[]> => {
    const pool: SearchWorker[] = [];
    const opening: Promise<unknown>[] = [];
    const open = (worker: SearchWorker, request: Outgoing) => {
      const answer = worker.ask(request, ++lastId);
      answer.catch(() => {}); // awaited below, unless finding the further parts fails first
      opening.push(answer);
    };
    try {
      // The first worker starts on the first part before the others are known (the start script's, at first).
      if (started) {
        pool.push(new SearchWorker(started.worker));
        opening.push(started.opened);
      } else {
        pool.push(new SearchWorker());
        open(pool[0]!, { kind: 'open', part: first, language, cacheTag });
      }
      for (const [k, [part, ...others]] of (await groups).entries()) {
        if (k > 0) {
          pool.push(new SearchWorker());
          open(pool[k]!, { kind: 'open', part: part!, language, cacheTag });
        }
        if (others.length > 0) open(pool[k]!, { kind: 'merge', parts: others });
      }
      await Promise.all(opening);
      return pool;
    } catch (error) {
      for (const worker of pool) worker.stop();
      throw error;
    }
  };

  const parts = options.further.then((further) => [first, ...further]);
  let workers = await openPool(
    parts.then((all) => [all]),
    options.started,
  );
  /** Workers replaced by a larger pool, stopped at the next search (their last results may still be shown). */
  let retired: SearchWorker[] = [];
  /** The larger pool while it opens, once: a search waits for it rather than start on the lone worker. */
  let growth: Promise<void> | undefined;
  const grow = () =>
    (growth ??= (async () => {
      const all = await parts;
      if (options.workers < 2 || all.length < 2) return;
      try {
        const pool = await openPool(Promise.resolve(shareParts(all, options.workers)));
        retired = workers;
        workers = pool;
      } catch {
        // The one worker goes on searching everything.
      }
    })());

  return {
    preload(query) {
      for (const worker of workers) worker.tell({ kind: 'preload', query });
    },
    async search(query, filters) {
      // The pool opens because searches on one worker were slow: the next one is quicker on it.
      if (growth) await growth;
      for (const worker of retired) worker.stop();
      retired = [];
      const started = performance.now();
      const searching = workers;
      const ids = searching.map(() => ++lastId);
      const replies = await Promise.all(searching.map((worker, k) => worker.ask({ kind: 'search', query, filters }, ids[k]!)));
      if (searching.length === 1 && performance.now() - started > SLOW_SEARCH_MS) setTimeout(() => void grow(), GROW_AFTER_MS);
      const scores = replies.map((reply) => {
        if (reply.kind !== 'found') throw new Error(`a search worker answered a search with "${reply.kind}"`);
        return reply.scores;
      });
      const results = mergeByScore(scores).map(({ worker, position }) => ({
        id: `${worker}:${position}`,
        score: scores[worker]![position]!,
        data: async (): Promise<PagefindResultData> => {
          const reply = await searching[worker]!.ask({ kind: 'data', search: ids[worker]!, position }, ++lastId);
          if (reply.kind !== 'data') throw new Error(`a search worker answered a request for details with "${reply.kind}"`);
          return reply.data;
        },
      }));
      return { results };
    },
  };
}
