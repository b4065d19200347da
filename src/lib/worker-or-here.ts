import { Worker } from 'node:worker_threads';

/**
 * Runs a worker thread (`script`, given `workerData`) that does one piece of work and answers
 * once, and gives what `read` makes of its answer. When the worker cannot start (a runtime
 * without TypeScript support, say), fails, stops without an answer, or `read` gives undefined
 * (an answer that cannot be used), the work is done in this thread instead, by `here`: slower,
 * never lost. What `read` or `here` throws is thrown here.
 */
export function inWorkerOrHere<Result>(script: URL, workerData: unknown, read: (answer: unknown) => Result | undefined, here: () => Result): Promise<Result> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (result: () => Result | undefined) => {
      if (settled) return;
      settled = true;
      try {
        resolve(result() ?? here());
      } catch (error) {
        reject(error as Error);
      }
    };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData });
    } catch {
      settle(here);
      return;
    }
    worker.once('message', (answer: unknown) => settle(() => read(answer)));
    worker.once('messageerror', () => settle(here));
    worker.once('error', () => settle(here));
    worker.once('exit', () => settle(here));
  });
}
