import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAKE_INDEX_FILE } from './fake-pagefind.ts';

/** Two pages of FAQ (two English questions, one Italian) and a post. */
export const fixture = fileURLToPath(new URL('./fixtures/built-site-with-faq', import.meta.url));

const made: string[] = [];
/** Removes the copies made so far: each test file calls it after each test (modules are shared between files). */
export function removeCopies(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A fresh copy of a built site, removed after the test: indexing writes into it. */
export function copyOf(folder: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'hub-index-site-'));
  made.push(copy);
  cpSync(folder, copy, { recursive: true });
  return copy;
}

/** A built site of searchable pages (`lang: count`), plus a list page and the FAQ fixture pages. */
export function siteWith(counts: Record<string, number>): string {
  const built = copyOf(fixture);
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(built, file)), { recursive: true });
    writeFileSync(join(built, file), html);
  };
  for (const [lang, count] of Object.entries(counts)) {
    const prefix = lang === 'en' ? '' : `${lang}/`;
    for (let i = 1; i <= count; i++) {
      write(`${prefix}posts/post-${i}/index.html`, `<!doctype html><html lang="${lang}"><body><main data-pagefind-body><h1>Post ${i}</h1><p>Words of post ${i}: ${lang}-${i}.</p></main></body></html>`);
    }
  }
  write('posts/page/2/index.html', '<!doctype html><html lang="en"><body><main><h1>All posts, page 2</h1></main></body></html>');
  rmSync(join(built, 'posts', 'e-bike'), { recursive: true });
  return built;
}

/** The pages and records the fake Pagefind wrote into an index folder. */
export function indexedIn(folder: string): { pages: string[]; records: string[] } {
  return JSON.parse(readFileSync(join(folder, FAKE_INDEX_FILE), 'utf8')) as { pages: string[]; records: string[] };
}
