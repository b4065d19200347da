import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_NOW, repoRoot } from './dist.ts';

/**
 * The demo hub built under a base path, as on a GitHub Pages project site
 * (https://example.github.io/hub/): every address a page points at must be under the base and
 * exist, including the links editors write from the hub's root in FAQ answers and guidelines.
 */
const BASE = '/hub/';
const work = join(repoRoot, '.cache', 'test-base-path');
const dist = join(work, 'dist');

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  const content = join(mkdtempSync(join(tmpdir(), 'hub-base-path-')), 'content');
  cpSync(join(repoRoot, 'content'), content, { recursive: true });
  const settings = readFileSync(join(content, 'hub.yaml'), 'utf8');
  const moved = settings.replace(/^base: \/$/m, `base: ${BASE}`);
  if (moved === settings) throw new Error('content/hub.yaml has no "base: /" line for this test to change');
  writeFileSync(join(content, 'hub.yaml'), moved);
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: content, HUB_OUT_DIR: dist, HUB_CACHE_DIR: join(work, 'cache') },
    encoding: 'utf8',
  });
  rmSync(join(content, '..'), { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`Building the demo hub under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
});

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
