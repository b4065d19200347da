/**
 * The search index's memory between builds: each part of the index as Pagefind wrote it, kept
 * under a key made of everything Pagefind read to write it (each page's path and bytes, the FAQ
 * pages its questions came from) and the code that indexed it (the hub's code and the lock file,
 * which pins Pagefind's version). A part whose key is unchanged is copied from the cache instead of
 * indexed again; Pagefind writes the same files for the same pages, so the result is the same.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { hashCodeVersion } from '../lib/code-version.ts';
import type { WordCounts } from './index-vocabulary.ts';

/** The folder under the cache folder (Astro's cacheDir) where the parts are kept. */
const FOLDER = 'search-index';
/** Bumped when what a part's folder holds changes. */
const FORMAT = 2;
/** In a kept part's folder: Pagefind's files, and the words of the part (see `index-vocabulary.ts`). */
const PART = 'part';
const WORDS = 'words.json';

export class SearchPartCache {
  readonly #dir: string;
  readonly #code: string;
  readonly #used = new Set<string>();

  constructor(cacheDir: string) {
    this.#dir = join(cacheDir, FOLDER);
    this.#code = hashCodeVersion(createHash('sha256').update(`format ${FORMAT}\n`)).digest('hex');
  }

  /** The key of a part made of `pages` (paths relative to the site), from each page's digest (`readBuiltPages`). */
  keyOf(pages: readonly string[], digests: ReadonlyMap<string, string>): string {
    const hash = createHash('sha256').update(`${this.#code}\n`);
    for (const page of [...pages].sort()) {
      const digest = digests.get(page.split(sep).join('/'));
      if (digest === undefined) throw new Error(`${page}: not among the built pages read before indexing`);
      hash.update(`${page}\n${digest}\n`);
    }
    return hash.digest('hex').slice(0, 32);
  }

  /** Puts the part kept under `key` in `folder` (linked, see `linkFolder`) and gives its words; undefined when there is none. */
  async restore(key: string, folder: string): Promise<WordCounts | undefined> {
    this.#used.add(key);
    try {
      const words = JSON.parse(await readFile(join(this.#dir, key, WORDS), 'utf8')) as WordCounts;
      await linkFolder(join(this.#dir, key, PART), folder);
      return words;
    } catch {
      // Not kept, or unreadable: the part is indexed again.
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      return undefined;
    }
  }

  /**
   * Keeps the part Pagefind just wrote to `folder` (which holds only that part), and its words: its
   * files are linked, not copied (see `linkFolder`; 1,069 files for a part of 1,000 pages, on the
   * way of a rebuild after an edit).
   */
  async store(key: string, folder: string, words: WordCounts): Promise<void> {
    this.#used.add(key);
    const target = join(this.#dir, key);
    const partial = `${target}.${process.pid}.partial`;
    try {
      await rm(partial, { recursive: true, force: true });
      await linkFolder(folder, join(partial, PART));
      await writeFile(join(partial, WORDS), JSON.stringify(words));
      // Renamed into place: a build that reads the cache never sees half a part.
      await rm(target, { recursive: true, force: true });
      await rename(partial, target);
    } catch {
      // A read-only or full disk costs the next build its speed, never its result.
      await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Forgets the parts this build did not use: their pages changed, and they will not be asked for again. */
  async prune(): Promise<void> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => !this.#used.has(name)).map((name) => rm(join(this.#dir, name), { recursive: true, force: true }).catch(() => undefined)));
  }
}

/**
 * Links a part's files between the index and the cache, either way (a link is one step, a copy
 * reads and writes every byte); copies them where a link cannot be made (another file system). Safe because nothing
 * writes into an index file once Pagefind wrote it: a build writes its index into an emptied
 * folder, and its own files beside the parts (`hub-parts.json`, the vocabularies) by renaming
 * a new file into place (`replaceFile` in `src/lib/replace-file.ts`), which never writes through a link.
 */
async function linkFolder(from: string, to: string): Promise<void> {
  await eachFile(from, to, (source, target) => link(source, target).catch(() => copyFile(source, target, constants.COPYFILE_FICLONE)));
}

/** Makes `to` hold the files of `from` at the same paths, through `put`, a bounded number at a time. */
async function eachFile(from: string, to: string, put: (source: string, target: string) => Promise<void>): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => relative(from, join(entry.parentPath, entry.name)));
  const folders = new Set([to, ...files.map((file) => dirname(join(to, file)))]);
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await put(join(from, file), join(to, file));
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
}
