/**
 * The middleware that hands each page Astro renders during a build to the output audit, so that
 * the audit reads it on the other core while Astro renders the next one (see `render-audit.ts`).
 * It changes nothing: the page goes on with the same status, headers and bytes. Outside a build
 * (no sink) and for anything but a prerendered HTML page, it only passes the response on.
 */
import type { MiddlewareHandler } from 'astro';
import { renderedPagesSink } from './rendered-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = renderedPagesSink();
  if (!sink || !context.isPrerendered || !response.body || (response.status >= 300 && response.status < 400)) return response;
  if (!(response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The audit gets its own copy; Astro writes these bytes.
  await sink.take(bytes.slice());
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};
