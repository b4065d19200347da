import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type DataStore, type Loader, type LoaderContext } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HAS_BODY_TEXT, hasBodyText } from '../../src/reading/body-text.ts';
import { contentFiles, keepingUnchanged } from '../../src/reading/content-loader.ts';

/*
 * Astro's glob() loader, wrapped so that a rebuild does not parse again a file whose bytes are
 * those of its stored entry (src/reading/content-loader.ts). The loader runs twice over a copy of
 * test/fixtures/loader-hub, changed in between, against a store kept like Astro's; the entry
 * types count what they parse and render.
 */
const fixture = new URL('../fixtures/loader-hub/', import.meta.url);

interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
  deferredRender?: boolean;
}

/** Astro's data store as loaders see it: set() keeps an entry whose digest did not change. */
function memoryStore(entries: Map<string, Entry>, moduleImports: string[]): DataStore {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entries.get(entry.id)?.digest === entry.digest && entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: (file: string) => void moduleImports.push(file),
    addAssetImport: () => {},
    addAssetImports: () => {},
  };
  return store as unknown as DataStore;
}

let root: string;
let parsed: string[];
let rendered: string[];
let moduleImports: string[];
const entries = new Map<string, Entry>();
const meta = new Map<string, string>();

/** Front matter and body, the way Astro's Markdown and MDX entry types give them. */
function markdownEntryType(extension: string, deferred: boolean): ContentEntryType {
  return {
    extensions: [extension],
    getEntryInfo: ({ contents, fileUrl }) => {
      parsed.push(fileUrl.pathname.split('/').at(-1)!);
      const [, frontmatter = '', body = ''] = contents.split(/^---$/m);
      const data = loadYaml(frontmatter) as Record<string, unknown>;
      return { data, body: body.trim(), slug: String(data.slug ?? ''), rawData: frontmatter };
    },
    // MDX: rendered when its page is (the loader stores it as deferred).
    ...(deferred
      ? { contentModuleTypes: '' }
      : {
          // As Astro's Markdown: the metadata carries the headings and a copy of the front matter.
          getRenderFunction: async () => async (entry: { id: string; body?: string; data: Record<string, unknown> }) => {
            rendered.push(entry.id);
            return { html: entry.body ? `<p>${entry.body}</p>` : '', metadata: { headings: [], frontmatter: entry.data } };
          },
        }),
  };
}

const yamlEntryType = {
  extensions: ['.yaml'],
  getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
    parsed.push(fileUrl.pathname.split('/').at(-1)!);
    return { data: loadYaml(contents) as Record<string, unknown>, rawData: contents };
  },
} as unknown as ContentEntryType;

/** One sync of a collection, as Astro's content layer runs it. */
async function sync(folder: string, pattern: string, codeVersion = 'the hub code of this test'): Promise<void> {
  await run(keepingUnchanged(glob({ base: join(root, folder), pattern }), codeVersion), folder);
}

/** One sync of a loader over the copy of the fixture. */
async function run(loader: Loader, folder: string): Promise<void> {
  const markdown = markdownEntryType('.md', false);
  const mdx = markdownEntryType('.mdx', true);
  const context = {
    collection: folder,
    store: memoryStore(entries, moduleImports),
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: () => {}, error: (message: string) => { throw new Error(message); }, info: () => {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (contents: string) => createHash('sha256').update(contents).digest('hex').slice(0, 16),
    entryTypes: new Map([['.md', markdown], ['.mdx', mdx], ['.yaml', yamlEntryType]]),
  } as unknown as LoaderContext;
  await loader.load(context);
}

const syncPosts = () => sync('posts', '*/*.{md,mdx}');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hub-loader-'));
  cpSync(fixture, root, { recursive: true });
  parsed = [];
  rendered = [];
  moduleImports = [];
  entries.clear();
  meta.clear();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the content loader on a rebuild', () => {
  it('keeps the entry of an unchanged file without parsing or rendering it again', async () => {
    await syncPosts();
    const before = entries.get('en/unchanged-post');
    expect(before?.data.title).toBe('A post nobody touches between builds');
    parsed = [];
    rendered = [];
    await syncPosts();
    expect(parsed).toEqual([]);
    expect(rendered).toEqual([]);
    expect(entries.get('en/unchanged-post')).toBe(before);
    expect([...entries.keys()].sort()).toEqual(['en/deleted-post', 'en/edited-post', 'en/unchanged-post', 'named-by-its-front-matter']);
  });

  it('reads a changed file again, and only that one', async () => {
    await syncPosts();
    const edited = join(root, 'posts/en/edited-post.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('whose title is edited', 'with its new title'));
    parsed = [];
    rendered = [];
    await syncPosts();
    expect(parsed).toEqual(['edited-post.md']);
    expect(rendered).toEqual(['en/edited-post']);
    expect(entries.get('en/edited-post')?.data.title).toBe('A post with its new title between builds');
  });

  it('removes the entry of a deleted file, and adds a new one', async () => {
    await syncPosts();
    rmSync(join(root, 'posts/en/deleted-post.md'));
    cpSync(join(root, 'posts/en/unchanged-post.md'), join(root, 'posts/en/added-post.md'));
    parsed = [];
    await syncPosts();
    expect(parsed).toEqual(['added-post.md']);
    expect([...entries.keys()].sort()).toEqual(['en/added-post', 'en/edited-post', 'en/unchanged-post', 'named-by-its-front-matter']);
  });

  it('keeps the id a file names in its front matter (slug), and changes it when the file does', async () => {
    await syncPosts();
    const before = entries.get('named-by-its-front-matter');
    parsed = [];
    await syncPosts();
    expect(entries.get('named-by-its-front-matter')).toBe(before);
    const file = join(root, 'posts/en/post-with-slug.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('slug: named-by-its-front-matter', 'slug: renamed-in-its-front-matter'));
    await syncPosts();
    expect(parsed).toEqual(['post-with-slug.md']);
    expect(entries.has('named-by-its-front-matter')).toBe(false);
    expect(entries.get('renamed-in-its-front-matter')?.data.title).toBe('A post whose front matter names its id');
  });

  it('keeps an MDX entry deferred, and announces its module again for the pages that render it', async () => {
    await sync('guidelines', '*/*.{md,mdx}');
    const before = entries.get('en/mdx-guideline');
    expect(before?.deferredRender).toBe(true);
    parsed = [];
    moduleImports = [];
    await sync('guidelines', '*/*.{md,mdx}');
    expect(parsed).toEqual([]);
    expect(entries.get('en/mdx-guideline')).toBe(before);
    expect(moduleImports).toEqual([before?.filePath]);
  });

  it("reads and renders every file again when the hub's code changed (its Markdown plugins may have)", async () => {
    await syncPosts();
    parsed = [];
    rendered = [];
    await sync('posts', '*/*.{md,mdx}', 'the hub code, edited');
    expect(parsed.sort()).toEqual(['deleted-post.md', 'edited-post.md', 'post-with-slug.md', 'unchanged-post.md']);
    expect(rendered.sort()).toEqual(['en/deleted-post', 'en/edited-post', 'en/unchanged-post', 'named-by-its-front-matter']);
    parsed = [];
    await sync('posts', '*/*.{md,mdx}', 'the hub code, edited');
    expect(parsed).toEqual([]);
  });

  it('keeps an unchanged YAML file (a campaign) without parsing it', async () => {
    await sync('campaigns', '*.yaml');
    const before = entries.get('yaml-campaign');
    expect(before?.data.hashtag).toBe('LoaderHub');
    parsed = [];
    await sync('campaigns', '*.yaml');
    expect(parsed).toEqual([]);
    expect(entries.get('yaml-campaign')).toBe(before);
  });
});

describe('what the loader stores of an entry', () => {
  /** The posts of the fixture and one whose file has front matter and only blank lines after it. */
  const syncPostsWith = async (retainBody?: boolean) => {
    writeFileSync(join(root, 'posts/en/post-without-context.md'), '---\ntitle: "A post with nothing under its front matter"\n---\n\n  \n');
    await run(contentFiles(root, 'post', retainBody === undefined ? {} : { retainBody }), 'posts');
  };

  it('leaves out the raw body when the collection does not retain it, and notes whether it had text', async () => {
    await syncPostsWith(false);
    const withText = entries.get('en/unchanged-post')!;
    const withoutText = entries.get('en/post-without-context')!;
    expect(withText.body).toBeUndefined();
    expect(withText.rendered?.html).toBe('<p>Its entry is kept as it was.</p>');
    expect(withText.data).toEqual({ title: 'A post nobody touches between builds', [HAS_BODY_TEXT]: true });
    expect(hasBodyText(withText)).toBe(true);
    expect(withoutText.body).toBeUndefined();
    expect(hasBodyText(withoutText)).toBe(false);

    // A rebuild keeps the stored entries, the note included, without reading the files again.
    parsed = [];
    await syncPostsWith(false);
    expect(parsed).toEqual([]);
    expect(entries.get('en/unchanged-post')).toBe(withText);
    expect(hasBodyText(entries.get('en/post-without-context')!)).toBe(false);
  });

  it('notes the text of an MDX body too', async () => {
    await run(contentFiles(root, 'guideline', { retainBody: false }), 'guidelines');
    const guideline = entries.get('en/mdx-guideline')!;
    expect(guideline.deferredRender).toBe(true);
    expect(guideline.body).toBeUndefined();
    expect(hasBodyText(guideline)).toBe(true);
  });

  it('keeps the raw body by default, and says from it whether there is text', async () => {
    await syncPostsWith();
    const withText = entries.get('en/unchanged-post')!;
    expect(withText.body).toBe('Its entry is kept as it was.');
    expect(withText.data).toEqual({ title: 'A post nobody touches between builds' });
    expect(hasBodyText(withText)).toBe(true);
    expect(hasBodyText(entries.get('en/post-without-context')!)).toBe(false);
  });

  it("stores the rendered body without Astro's copy of the front matter, which no page reads", async () => {
    await syncPostsWith(false);
    expect(entries.get('en/unchanged-post')?.rendered?.metadata).toEqual({ headings: [] });
  });
});
