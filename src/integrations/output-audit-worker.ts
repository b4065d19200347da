/** A worker thread of the output audit (see `output-audit-workers.ts`): audits its share of the pages and answers once. */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPages, type AuditWork } from './output-audit-workers.ts';

try {
  parentPort?.postMessage({ problems: auditPages(workerData as AuditWork) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
