import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, basePathDist } from './dist.ts';

/**
 * The demo hub built under a base path (the global setup builds it), as on a GitHub Pages
 * project site (https://example.github.io/hub/): every address a page points at must be under
 * the base and exist, including the links editors write from the hub's root in FAQ answers and
 * guidelines.
 */
const BASE = BASE_PATH;
const dist = basePathDist;

const ADDRESS = /\s(href|src|srcset|action|content|data-[a-z-]+)="([^"]*)"/g;

/** Every site-absolute address (`/…`) in a built page, with the attribute it is in. */
function siteAddresses(html: string): { attribute: string; url: string }[] {
  const found: { attribute: string; url: string }[] = [];
  for (const [, attribute = '', value = ''] of html.matchAll(ADDRESS)) {
    const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls.map((raw) => raw.replaceAll('&amp;', '&'))) {
      if (url.startsWith('/') && !url.startsWith('//')) found.push({ attribute, url });
    }
  }
  return found;
}

/** The built file an address under the base serves, if there is one. */
function servedFile(url: string): string | undefined {
  if (!url.startsWith(BASE)) return undefined;
  let path = decodeURIComponent(url.slice(BASE.length).split(/[?#]/)[0] ?? '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

describe(`a hub deployed under a base path (${BASE})`, () => {
  const pages = () =>
    (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));

  it('points only at addresses under the base that exist', () => {
    expect(pages().length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const page of pages()) {
      for (const { attribute, url } of siteAddresses(readFileSync(join(dist, page), 'utf8'))) {
        if (!servedFile(url)) broken.push(`${page}: ${attribute}="${url}"`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('puts the base in front of links an editor wrote from the hub\'s root', () => {
    // content/faq/en/who-to-contact.md links to "/program/".
    const faq = readFileSync(join(dist, 'faq', 'index.html'), 'utf8');
    expect(faq).toContain(`href="${BASE}program/"`);
    expect(faq).not.toContain('href="/program/"');
    // An MDX guideline too: content/guidelines/it/how-the-program-works.mdx links to "/it/suggest/".
    const guideline = readFileSync(join(dist, 'it', 'guidelines', 'how-the-program-works', 'index.html'), 'utf8');
    expect(guideline).toContain(`href="${BASE}it/suggest/"`);
  });
});
