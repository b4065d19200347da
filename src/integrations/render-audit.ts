/**
 * The output audit while Astro renders. Astro renders one page after the other on one core; the
 * audit reads each page as it is rendered (`audit-as-rendered.ts` hands it over) in a worker
 * thread on the other core, instead of reading them all after the build, when the search index
 * needs the cores. The verdicts are kept by each page's digest (its exact bytes): the publish step
 * uses a verdict only for a page whose file has those bytes, and audits any other page itself, so
 * a page is never let through on another page's verdict. A worker that cannot start or stops
 * costs only the time: the pages it did not answer for are audited after the build.
 */
import { Worker } from 'node:worker_threads';
import type { PageProblem } from '../lib/built-page-audit.ts';
import type { PageAuditSettings } from './output-audit-workers.ts';
import type { RenderedPagesSink } from './rendered-pages.ts';

/** Pages handed over and not yet audited, at most: rendering waits beyond this (about 40 KB a page). */
const BACKLOG = 64;

type Answer = { digest: string; problems?: PageProblem[] };

export class RenderAudit implements RenderedPagesSink {
  readonly #settings: PageAuditSettings;
  readonly #script: URL;
  /** Undefined until the first page; null once it could not start or stopped. */
  #worker: Worker | null | undefined;
  #pending = 0;
  #resume: (() => void)[] = [];
  #drained: (() => void) | undefined;
  readonly #verdicts = new Map<string, PageProblem[]>();

  /** `script`: the worker's code (tests give one that fails). */
  constructor(settings: PageAuditSettings, script = new URL('./render-audit-worker.ts', import.meta.url)) {
    this.#settings = settings;
    this.#script = script;
  }

  take(bytes: Uint8Array<ArrayBuffer>): Promise<void> | undefined {
    const worker = this.#start();
    if (!worker) return undefined;
    try {
      worker.postMessage(bytes, [bytes.buffer]);
    } catch {
      // Not sent (a buffer that cannot be handed over): this page is audited after the build.
      return undefined;
    }
    // Held open only while it has pages to read: it never keeps a failed build's process running.
    if (this.#pending === 0) worker.ref();
    this.#pending += 1;
    if (this.#pending < BACKLOG) return undefined;
    return new Promise((resolve) => this.#resume.push(resolve));
  }

  /** Waits for the pages handed over so far; the problems of each page audited, by its digest (`pageDigest`). */
  async finish(): Promise<ReadonlyMap<string, PageProblem[]>> {
    const worker = this.#worker;
    if (worker) {
      if (this.#pending > 0) await new Promise<void>((resolve) => (this.#drained = resolve));
      this.#stop();
      await worker.terminate();
    }
    return this.#verdicts;
  }

  #start(): Worker | null {
    if (this.#worker !== undefined) return this.#worker;
    try {
      const worker = new Worker(this.#script, { workerData: this.#settings });
      worker.unref();
      worker.on('message', (answer: Answer) => this.#answered(answer));
      worker.once('error', () => this.#stop());
      // An answer that cannot be read: the pages without one are audited after the build.
      worker.once('messageerror', () => this.#stop());
      worker.once('exit', () => this.#stop());
      this.#worker = worker;
    } catch {
      this.#worker = null;
    }
    return this.#worker;
  }

  #answered(answer: Answer): void {
    const worker = this.#worker;
    if (!worker) return;
    if (answer.problems) this.#verdicts.set(answer.digest, answer.problems);
    this.#pending -= 1;
    if (this.#pending < BACKLOG) this.#wake();
    if (this.#pending === 0) {
      worker.unref();
      this.#drained?.();
    }
  }

  /** No more pages are taken; whoever waits goes on. */
  #stop(): void {
    this.#worker = null;
    this.#pending = 0;
    this.#wake();
    this.#drained?.();
  }

  #wake(): void {
    for (const resume of this.#resume.splice(0)) resume();
  }
}
