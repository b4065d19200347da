import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { testDist, fixtureHub, requireTestBuild, TEST_NOW } from '../build/dist.ts';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { postState, type PostState } from '../../src/reading/lifecycle.ts';
import { PARTS_FILE, type PartsManifest } from '../../src/search/parts.ts';

/** One page or record as Pagefind stored it in the test build's index. */
export interface IndexedPage {
  language: string;
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** The text Pagefind indexed for the page: what its words are found by. */
  content: string;
}

const indexDir = join(testDist, 'pagefind');
export const contentRoot = fixtureHub;
export const hub = loadHubConfig(contentRoot);

/** The folders of the index: the first part, then the further parts the indexer listed (the test build makes several). */
export function indexParts(): string[] {
  requireTestBuild();
  const manifest = JSON.parse(readFileSync(join(indexDir, PARTS_FILE), 'utf8')) as PartsManifest;
  return [indexDir, ...[...new Set(Object.values(manifest.parts).flat())].map((folder) => join(indexDir, folder))];
}

/** Pagefind's entry files of all parts, with the page counts of each language added up. */
export function indexEntry(): { languages: Record<string, { page_count: number }> } {
  const languages: Record<string, { page_count: number }> = {};
  for (const part of indexParts()) {
    const entry = JSON.parse(readFileSync(join(part, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const [language, { page_count }] of Object.entries(entry.languages)) {
      languages[language] = { page_count: (languages[language]?.page_count ?? 0) + page_count };
    }
  }
  return { languages };
}

/** Every page in the index, read from Pagefind's fragment files (gzip, after a 12-byte signature). */
export function indexedPages(): IndexedPage[] {
  return indexParts().flatMap((part) => pagesIn(join(part, 'fragment')));
}

function pagesIn(folder: string): IndexedPage[] {
  return readdirSync(folder).map((file) => {
    const bytes = gunzipSync(readFileSync(join(folder, file)));
    const fragment = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
    return { language: file.slice(0, file.indexOf('_')), url: fragment.url, filters: fragment.filters, meta: fragment.meta, content: fragment.content };
  });
}

/** The site path of a page in a locale, without the base (as Pagefind stores URLs). */
export function sitePath(locale: string, ...segments: string[]): string {
  const prefix = locale === hub.default_locale ? [] : [locale];
  return `/${[...prefix, ...segments].map(encodeURIComponent).join('/')}/`;
}

export interface DemoPost {
  locale: string;
  slug: string;
  state: PostState;
  url: string;
  data: { title: string; summary: string; category: string; publish_date: Date; image?: { src: string }; captions: Record<string, string[]>; hashtags: string[] };
  /** Every text of the post a reader can search for: its fields' values (not their names) and its body. */
  text: string;
  body: string;
}

/** The demo posts with their state on the test build's date. */
export function demoPosts(): DemoPost[] {
  return filesIn('posts', /\.mdx?$/).map(({ locale, slug, path }) => {
    const [, frontMatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
    const raw = parse(frontMatter) as Record<string, unknown>;
    const data = {
      title: String(raw.title),
      summary: String(raw.summary),
      captions: (raw.captions ?? {}) as Record<string, string[]>,
      hashtags: (raw.hashtags ?? []) as string[],
      category: String(raw.category),
      draft: raw.draft === true,
      publish_date: new Date(raw.publish_date as string),
      expiry_date: raw.expiry_date ? new Date(raw.expiry_date as string) : undefined,
      image: raw.image as { src: string } | undefined,
    };
    const text = [...valuesIn(raw), body].join('\n');
    return { locale, slug, url: sitePath(locale, 'posts', slug), state: postState(data, new Date(TEST_NOW)), data, text, body };
  });
}

function valuesIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(valuesIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(valuesIn);
  return [];
}

export function demoGuidelineUrls(locale: string): string[] {
  return filesIn('guidelines', /\.mdx?$/).filter((file) => file.locale === locale).map((file) => sitePath(locale, 'guidelines', file.slug));
}

export function demoFaqUrls(locale: string): string[] {
  return filesIn('faq', /\.mdx?$/).filter((file) => file.locale === locale).map((file) => `${sitePath(locale, 'faq')}#${file.slug}`);
}

function filesIn(collection: string, pattern: RegExp): { locale: string; slug: string; path: string }[] {
  const root = join(contentRoot, collection);
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((locale) =>
    readdirSync(join(root, locale))
      .filter((name) => pattern.test(name))
      .map((name) => ({ locale, slug: name.replace(pattern, ''), path: join(root, locale, name) })),
  );
}
