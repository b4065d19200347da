/** The worker thread of `render-audit.ts`: audits each page it is sent and answers with the page's digest and problems. */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPage } from '../lib/built-page-audit.ts';
import { pageDigest } from '../search/built-pages.ts';
import type { PageAuditSettings } from './output-audit-workers.ts';

const settings = workerData as PageAuditSettings;
// Verdicts on addresses, shared by all the pages of the build: most pages link the same ones.
const verdicts = new Map<string, string | null>();

parentPort?.on('message', (bytes: Uint8Array) => {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const digest = pageDigest(page);
  try {
    // Decoded as the publish step's audit reads a page's file.
    parentPort?.postMessage({ digest, problems: auditPage(page.toString('utf8'), { ...settings, verdicts }) });
  } catch {
    // No verdict: the page is audited again, and its error reported, after the build.
    parentPort?.postMessage({ digest });
  }
});
