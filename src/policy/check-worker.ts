/** A worker thread of the checker: prepares once, then checks each batch of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentFile } from '../reading/document.ts';
import { checkFiles, prepare } from './engine.ts';

const { dir, now } = workerData as { dir: string; now: string };
const prepared = prepare(dir, new Date(now));
if (!('context' in prepared)) throw new Error('the policy or hub settings changed while checking');

// One batch after the other, so results go back in the order the batches came.
let queue = Promise.resolve();
parentPort?.on('message', (files: ContentFile[]) => {
  queue = queue.then(() => checkFiles(prepared, files)).then((checked) => parentPort?.postMessage(checked));
});
parentPort?.postMessage('ready');
