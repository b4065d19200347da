/** The worker thread of `readBuiltPagesOnThreads`: reads and describes its share of the built pages. */
import { parentPort, workerData } from 'node:worker_threads';
import { describePages } from './built-pages.ts';

const { siteDir, files } = workerData as { siteDir: string; files: string[] };
parentPort?.postMessage(describePages(siteDir, files));
