/** A worker thread with a Pagefind of its own (see `pagefind-lanes.ts`): runs on its copy of Pagefind's API the calls it is sent. */
import { parentPort } from 'node:worker_threads';
import * as pagefindModule from 'pagefind';
import type { PagefindIndexApi } from './index-site.ts';
import { guardedPagefind, type PagefindAnswer, type PagefindCall } from './pagefind-lanes.ts';

// Guarded as the first lane's is: a Pagefind process that stops fails the calls waiting for it.
const pagefind = guardedPagefind(pagefindModule);
const indexes = new Map<number, PagefindIndexApi>();
let made = 0;

async function run(message: PagefindCall): Promise<unknown> {
  switch (message.call) {
    case 'createIndex': {
      const { errors, index } = await pagefind.createIndex(message.config);
      if (!index) return { errors };
      indexes.set(++made, index);
      return { errors, index: made };
    }
    case 'close':
      return pagefind.close();
    default: {
      const index = indexes.get(message.index);
      if (!index) throw new Error(`no index ${message.index} in this worker`);
      if (message.call === 'deleteIndex') indexes.delete(message.index);
      // The argument is what the caller gave Pagefind's own method of that name.
      return (index[message.call] as (argument: unknown) => Promise<unknown>)(message.argument);
    }
  }
}

const port = parentPort;
if (port) {
  port.on('message', (message: PagefindCall) => {
    run(message).then(
      (value) => port.postMessage({ id: message.id, value } satisfies PagefindAnswer),
      (error: unknown) => port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies PagefindAnswer),
    );
  });
  port.postMessage('ready' satisfies PagefindAnswer);
}
