/**
 * A Pagefind process for each lane of the indexer (`indexSite`'s `lanes`). Pagefind does most of
 * its work on one core (a little over one on average, measured), and its Node API drives one
 * process per loaded copy of its module: indexes made at once through the same copy take turns in
 * that process. A worker thread loads a copy of its own
 * (every thread has its own modules), so each lane after the first runs Pagefind's own API in a
 * worker thread, which only relays the calls. Nothing here depends on how Pagefind works inside:
 * were two copies ever to share a process, the index would be the same, only made more slowly.
 */
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PagefindApi, PagefindIndexApi } from './index-site.ts';
import { SearchIndexError } from './search-index-error.ts';

/** Opens the Pagefind of lane `lane`: Pagefind's API in this thread for the first, in a worker thread for the others. */
export async function openPagefindLane(lane: number): Promise<PagefindApi> {
  return lane === 0 ? guardedPagefind(await import('pagefind')) : await openPagefindInWorker();
}

/**
 * Pagefind's API in this thread, made safe to stop:
 * - every call is refused once it is closed: Pagefind's own starts a new process for a call made
 *   after `close()`, and when another lane fails, this lane's Pagefind is closed while the lane may
 *   still be between two calls; that process would never be closed;
 * - when a Pagefind process started in this thread stops before it is closed (killed for lack of
 *   memory, say), the calls waiting for it and every later one fail, naming what happened: Pagefind's
 *   own API notices only when it next writes to the process, and a build waiting for an answer
 *   would wait for ever. (Processes started in this thread are seen through Node's
 *   `child_process` diagnostics channel; each thread has its own.)
 */
export function guardedPagefind(api: PagefindApi): PagefindApi {
  let closed = false;
  let stopped: Error | undefined;
  let sawStop: () => void = () => undefined;
  const stop = new Promise<void>((resolve) => (sawStop = resolve));
  const waiting = new Set<(error: Error) => void>();
  const watch = (message: unknown) => {
    const child = (message as { process: ChildProcess }).process;
    child.once('spawn', () => {
      if (!basename(child.spawnfile ?? '').startsWith('pagefind')) return;
      child.once('exit', (code, signal) => {
        if (closed || stopped) return;
        stopped = new SearchIndexError(
          `Building the search index failed: Pagefind stopped while it was indexing (${signal ? `signal ${signal}` : `exit code ${code}`}). ` +
            'If the machine ran short of memory, index a large hub in smaller parts: set HUB_SEARCH_PART_PAGES lower (README, Search) and build again.',
        );
        for (const fail of waiting) fail(stopped);
        waiting.clear();
        sawStop();
      });
    });
  };
  subscribe('child_process', watch);
  const guard = <T>(call: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('Pagefind was closed: the index is not being made'));
    if (stopped) return Promise.reject(stopped);
    return new Promise<T>((resolve, reject) => {
      waiting.add(reject);
      call()
        .then(resolve, async (error: unknown) => {
          // A call to a process that just stopped fails with Pagefind's "backend closed": say what happened instead.
          if (!closed) await Promise.race([stop, new Promise((wait) => setTimeout(wait, 200).unref())]);
          reject(stopped ?? error);
        })
        .finally(() => waiting.delete(reject));
    });
  };
  return {
    createIndex: (config) =>
      guard(async () => {
        const { index, ...created } = await api.createIndex(config);
        return { ...created, index: index ? indexSteps((step, argument) => guard(() => (index[step] as (argument: unknown) => Promise<never>)(argument))) : undefined };
      }),
    close: () => {
      closed = true;
      unsubscribe('child_process', watch);
      return api.close();
    },
  };
}

type IndexStep = 'addDirectory' | 'addHTMLFile' | 'writeFiles' | 'deleteIndex';

/** An index of Pagefind's API whose every step is run by `run` (in another thread, or only while not closed), which gives the step's own answer. */
function indexSteps(run: (step: IndexStep, argument?: unknown) => Promise<never>): PagefindIndexApi {
  return {
    addDirectory: (directory) => run('addDirectory', directory),
    addHTMLFile: (file) => run('addHTMLFile', file),
    writeFiles: (options) => run('writeFiles', options),
    deleteIndex: () => run('deleteIndex'),
  };
}

/** What this thread asks the worker (`pagefind-worker.ts`); `id` pairs the answer with the call. */
export type PagefindCall =
  | { id: number; call: 'createIndex'; config: Record<string, unknown> | undefined }
  | { id: number; call: IndexStep; index: number; argument: unknown }
  | { id: number; call: 'close' };

/** A call before it is given its `id`. */
type Unsent<Call> = Call extends unknown ? Omit<Call, 'id'> : never;

/**
 * The worker's answers: `'ready'` once it has loaded Pagefind, then what each call gave (a new
 * index as its number) or the message it failed with. Pagefind's `errors` are part of the value.
 */
export type PagefindAnswer = 'ready' | { id: number; value: unknown } | { id: number; error: string };

/**
 * Starts a worker thread that loads Pagefind, and gives its API. Rejects when the worker cannot
 * start or load Pagefind. A call made when the worker has stopped, or that it stops during, is
 * rejected; closing stops Pagefind's process and then the worker.
 */
export function openPagefindInWorker(): Promise<PagefindApi> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url));
    const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    let calls = 0;
    let ready = false;
    let gone: Error | undefined;

    const stop = (reason: Error) => {
      if (gone) return;
      gone = reason;
      if (!ready) reject(reason);
      for (const call of pending.values()) call.reject(reason);
      pending.clear();
    };
    worker.on('error', (error: Error) => stop(new Error(`Pagefind's worker thread failed: ${error.message}`)));
    worker.on('exit', (code) => stop(new Error(`Pagefind's worker thread stopped (exit code ${code})`)));
    worker.on('message', (answer: PagefindAnswer) => {
      if (answer === 'ready') {
        ready = true;
        resolve(api);
        return;
      }
      const call = pending.get(answer.id);
      pending.delete(answer.id);
      if ('error' in answer) call?.reject(new Error(answer.error));
      else call?.resolve(answer.value);
    });

    const ask = <T>(call: Unsent<PagefindCall>): Promise<T> => {
      if (gone) return Promise.reject(gone);
      const id = ++calls;
      return new Promise<T>((resolveCall, rejectCall) => {
        pending.set(id, { resolve: resolveCall as (value: unknown) => void, reject: rejectCall });
        worker.postMessage({ ...call, id });
      });
    };
    const api: PagefindApi = {
      async createIndex(config) {
        const { errors, index } = await ask<{ errors: string[]; index?: number }>({ call: 'createIndex', config });
        return { errors, index: index === undefined ? undefined : indexSteps((call, argument) => ask<never>({ call, index, argument })) };
      },
      async close() {
        // Pagefind stops its process when asked; had the worker gone without, its process's input
        // closed with the thread, which stops it too.
        await ask({ call: 'close' }).catch(() => undefined);
        await worker.terminate();
        return null;
      },
    };
  });
}
