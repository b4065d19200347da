/**
 * A Pagefind process for each lane of the indexer (`indexSite`'s `lanes`). Pagefind does most of
 * its work on one core (a little over one on average, measured), and its Node API drives one
 * process per loaded copy of its module: indexes made at once through the same copy take turns in
 * that process. A worker thread loads a copy of its own
 * (every thread has its own modules), so each lane after the first runs Pagefind's own API in a
 * worker thread, which only relays the calls. Nothing here depends on how Pagefind works inside:
 * were two copies ever to share a process, the index would be the same, only made more slowly.
 */
import { Worker } from 'node:worker_threads';
import type { PagefindApi, PagefindIndexApi } from './index-site.ts';

/** Opens the Pagefind of lane `lane`: Pagefind's API in this thread for the first, in a worker thread for the others. */
export async function openPagefindLane(lane: number): Promise<PagefindApi> {
  return lane === 0 ? refusingAfterClose(await import('pagefind')) : await openPagefindInWorker();
}

/**
 * Pagefind's API in this thread, refusing every call once it is closed. Pagefind's own starts a
 * new process for a call made after `close()`; when another lane fails, this lane's Pagefind is
 * closed while the lane may still be between two calls, and that process would never be closed.
 */
export function refusingAfterClose(api: PagefindApi): PagefindApi {
  let closed = false;
  const guard = <T>(call: () => Promise<T>): Promise<T> => (closed ? Promise.reject(new Error('Pagefind was closed: the index is not being made')) : call());
  return {
    createIndex: (config) =>
      guard(async () => {
        const { index, ...created } = await api.createIndex(config);
        return { ...created, index: index ? indexSteps((step, argument) => guard(() => (index[step] as (argument: unknown) => Promise<never>)(argument))) : undefined };
      }),
    close: () => {
      closed = true;
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
