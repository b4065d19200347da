import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBuiltPages } from '../../src/integrations/output-audit.ts';
import { RenderAudit } from '../../src/integrations/render-audit.ts';
import { onRequest } from '../../src/integrations/audit-as-rendered.ts';
import { renderedPagesSink, setRenderedPagesSink } from '../../src/integrations/rendered-pages.ts';
import { pageDigest, readBuiltPages } from '../../src/search/built-pages.ts';

/**
 * The output audit reads each page while Astro renders the next (`render-audit.ts`). What a
 * person relies on: a page with a tracker or a handler is still refused, with its line; a page
 * is let through only on a verdict about its own bytes.
 */
const settings = { resourceHosts: ['hub.example.org'], hubHost: 'hub.example.org' };
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`;
const bytes = (html: string) => new Uint8Array(Buffer.from(html, 'utf8'));
const hub = { site: 'https://hub.example.org', base: '/', default_locale: 'en', locales: [{ code: 'en' }], resource_hosts: [] } as never;

const work = mkdtempSync(join(tmpdir(), 'render-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'site-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  return dir;
}

describe('the audit while rendering', () => {
  it('gives each page handed over its problems, by the digest of its bytes, once every page is read', async () => {
    const audit = new RenderAudit(settings);
    const clean = page('<p>fine</p>');
    const tracker = page('<p>fine</p>\n<img src="https://tracker.example/p.png" alt="">');
    // More pages than it holds at once: rendering is held back, never a page dropped.
    const many = Array.from({ length: 300 }, (_, i) => page(`<p>post ${i}</p>`));
    for (const html of [clean, tracker, ...many]) await audit.take(bytes(html));
    const verdicts = await audit.finish();
    expect(verdicts.size).toBe(302);
    expect(verdicts.get(pageDigest(bytes(clean)))).toEqual([]);
    expect(verdicts.get(pageDigest(bytes(tracker)))).toEqual([{ line: 3, message: expect.stringMatching(/^<img> src: .* loads from tracker\.example/) }]);
  });

  it('lets a page through only on a verdict about its own bytes: a page changed after it was rendered is read again', async () => {
    const audit = new RenderAudit(settings);
    const rendered = page('<p>fine</p>');
    await audit.take(bytes(rendered));
    const asRendered = await audit.finish();
    // The file on disk is not what was rendered (a later step wrote into it).
    const dir = site({ 'index.html': rendered, 'posts/x/index.html': page('<a href="javascript:alert(1)">x</a>') });
    const pages = await auditBuiltPages(dir, readBuiltPages(dir), { contentDir: join(work, 'none'), hub, workers: 0, asRendered });
    expect(pages.map((p) => [p.page, p.auditedAsRendered ?? false, p.problems.length])).toEqual([
      ['index.html', true, 0],
      ['posts/x/index.html', false, 1],
    ]);
  });

  it('reports the problems found while rendering as a failed page, with the line', async () => {
    const audit = new RenderAudit(settings);
    const hostile = page('<svg/onload=alert(1)>');
    await audit.take(bytes(hostile));
    const dir = site({ 'index.html': hostile });
    const [audited] = await auditBuiltPages(dir, readBuiltPages(dir), { contentDir: join(work, 'none'), hub, workers: 0, asRendered: await audit.finish() });
    expect(audited).toMatchObject({ auditedAsRendered: true, problems: [{ line: 2, message: expect.stringMatching(/^<svg> onload: an event handler/) }] });
  });

  it('costs only time when its worker stops: the pages it gave no verdict on are audited after the build', async () => {
    const audit = new RenderAudit(settings, new URL('data:text/javascript,throw new Error("the worker fails")'));
    const hostile = page('<a href="javascript:alert(1)">x</a>');
    // More pages than it holds at once: rendering is never left waiting for a worker that is gone.
    for (let i = 0; i < 100; i++) await audit.take(bytes(i === 0 ? hostile : page(`<p>${i}</p>`)));
    const asRendered = await audit.finish();
    expect(asRendered.size).toBe(0);
    const dir = site({ 'index.html': hostile });
    const [audited] = await auditBuiltPages(dir, readBuiltPages(dir), { contentDir: join(work, 'none'), hub, workers: 0, asRendered });
    expect(audited).toMatchObject({ problems: [{ line: 2, message: expect.stringMatching(/javascript: address/) }] });
    expect(audited?.auditedAsRendered).toBeUndefined();
  });
});

describe('the middleware that hands pages over', () => {
  const context = (isPrerendered: boolean) => ({ isPrerendered }) as Parameters<typeof onRequest>[0];
  const html = page('<p>héllo</p>');
  const respond = (body: string, type: string, status = 200) => async () => new Response(body, { status, headers: { 'content-type': type, 'x-kept': 'yes' } });

  it('hands over a prerendered HTML page and passes on the same status, headers and bytes', async () => {
    const taken: Uint8Array[] = [];
    setRenderedPagesSink({ take: (page) => void taken.push(page) });
    try {
      const response = (await onRequest(context(true), respond(html, 'TEXT/HTML; charset=utf-8', 404))) as Response;
      expect(response.status).toBe(404);
      expect(response.headers.get('x-kept')).toBe('yes');
      expect(await response.text()).toBe(html);
      expect(taken.map((page) => Buffer.from(page).toString('utf8'))).toEqual([html]);
    } finally {
      setRenderedPagesSink(undefined);
    }
    expect(renderedPagesSink()).toBeUndefined();
  });

  it('leaves alone what is not a prerendered HTML page, and everything outside a build', async () => {
    const taken: Uint8Array[] = [];
    setRenderedPagesSink({ take: (page) => void taken.push(page) });
    try {
      await onRequest(context(true), respond('{"a":1}', 'application/json'));
      await onRequest(context(false), respond(html, 'text/html'));
      // A redirect's page is Astro's own, written without this body; a body given no type (plain text) is not a page.
      await onRequest(context(true), respond(html, 'text/html', 301));
      await onRequest(context(true), async () => new Response(html, { headers: {} }));
    } finally {
      setRenderedPagesSink(undefined);
    }
    expect(taken).toEqual([]);
    expect(await ((await onRequest(context(true), respond(html, 'text/html'))) as Response).text()).toBe(html);
  });
});
