/**
 * How the pages Astro renders reach the output audit while the build goes on. The audit's
 * middleware (`audit-as-rendered.ts`) runs inside Astro's bundle of the site; the publish step
 * (`publish.ts`) runs in the build's own modules. Both find the sink under one global key, set by
 * the publish step when a build starts and removed when it is done (never set in `astro dev`).
 * No Node module is imported here: the middleware's bundle includes this file.
 */
import { buildGlobal } from './build-global.ts';

/** Where rendered pages go: the bytes of one page, as Astro writes them to its file. */
export interface RenderedPagesSink {
  /** Takes a copy of a page's bytes; resolves when the caller may render on (the audit keeps up). */
  take(bytes: Uint8Array<ArrayBuffer>): Promise<void> | undefined;
}

const sink = buildGlobal<RenderedPagesSink>('rendered-pages');

export function renderedPagesSink(): RenderedPagesSink | undefined {
  return sink.get();
}

export function setRenderedPagesSink(value: RenderedPagesSink | undefined): void {
  sink.set(value);
}
