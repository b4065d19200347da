import { lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder under Astro's cacheDir where the last build's output waits to be deleted. */
const FOLDER = 'previous-output';
/** Written in Astro's cacheDir when a build's pages are complete; names the output folder it made. */
const MARKER = 'previous-output.json';
/** Folders of the output whose files are never put back: they are not pages Astro draws. */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

/**
 * Astro empties the output folder before it bundles, one file at a time, while the build waits:
 * 2.5 s for a 10,000-post hub, on every rebuild. Here the last build's output is moved aside in
 * one rename (into the cache folder: same disk, most often) and deleted in the background while
 * the build goes on; Astro then finds the folder empty. When the move cannot be made (another
 * disk, a .git folder that Astro keeps in the output, an output folder that is a symbolic link),
 * Astro empties it as before.
 *
 * Astro's incremental build keeps a page it would copy from its cache when the page is already in
 * the output folder. So, when the last build finished, its pages (.html files only) are moved back
 * from the folder set aside, all at once while Vite bundles, and must be back before Astro draws
 * the pages; once it has, the pages it did not make this time (a deleted post, say) are deleted.
 * A build that stopped halfway may have left pages Astro's cache does not know: after one, or when
 * the output folder is not the one the last build made, nothing is moved back.
 */
export function previousOutput(): AstroIntegration {
  let folders: { outDir: string; trash: string; marker: string; publicDir: string } | undefined;
  let aside: SetAside | undefined;
  let putBack: Promise<string[]> | undefined;
  return {
    name: 'advocacy-hub:previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        folders = { outDir: fileURLToPath(config.outDir), trash: join(cacheDir, FOLDER), marker: join(cacheDir, MARKER), publicDir: fileURLToPath(config.publicDir) };
      },
      // After the content sync, just before Astro would empty the folder.
      'astro:build:start': () => {
        if (!folders) return;
        const complete = madeByLastBuild(folders.outDir, folders.marker);
        rmSync(folders.marker, { force: true });
        aside = setAside(folders.outDir, folders.trash, complete);
      },
      // After Astro emptied the output folder (or found it empty), before Vite bundles.
      'astro:build:setup': ({ updateConfig }) => {
        if (!folders || !aside?.pages || putBack) return;
        putBack = putPagesBack(aside.folder, folders.outDir, folders.publicDir).finally(() => aside?.release());
        const waiting = putBack;
        updateConfig({
          plugins: [
            {
              name: 'advocacy-hub:previous-pages',
              // 'pre' and 'post': after the bundles, before Astro's own step that draws the pages.
              enforce: 'pre',
              buildApp: { order: 'post', handler: async () => void (await waiting) },
            },
          ],
        });
      },
      'astro:build:done': async ({ dir, assets }) => {
        aside?.release();
        if (putBack) {
          const made = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
          await deleteUnmade(fileURLToPath(dir), await putBack, made);
        }
        await aside?.deleting;
        if (folders) markComplete(folders.outDir, folders.marker);
      },
    },
  };
}

export interface SetAside {
  /** Where the last build's output now is. */
  folder: string;
  /** Whether its pages may be put back (the last build finished). */
  pages: boolean;
  /** Lets the folder be deleted: at once when `pages` is false. */
  release: () => void;
  /** Settles when the folder and any left before it are deleted. */
  deleting: Promise<void>;
}

/**
 * Moves `outDir` into `trash`; it is deleted in the background once released (at once when
 * `keepPages` is false), with what an interrupted build left there. Undefined when it stays.
 */
export function setAside(outDir: string, trash: string, keepPages = false): SetAside | undefined {
  try {
    // A link to a folder elsewhere stays a link: Astro empties the folder it points to, as before.
    const found = lstatSync(outDir, { throwIfNoEntry: false });
    if (!found?.isDirectory() || readdirSync(outDir).includes('.git')) return undefined;
    mkdirSync(trash, { recursive: true });
    // What a build stopped halfway left behind goes too.
    const leftovers = readdirSync(trash).map((name) => join(trash, name));
    const folder = join(trash, `${Date.now()}-${process.pid}`);
    renameSync(outDir, folder);
    let release = () => {};
    const released = keepPages ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    const remove = (path: string) => rm(path, { recursive: true, force: true, maxRetries: 3 });
    const deleting = Promise.all([released.then(() => remove(folder)), ...leftovers.map(remove)]).then(
      () => undefined,
      () => undefined, // what stays is deleted by the next build
    );
    return { folder, pages: keepPages, release, deleting };
  } catch {
    return undefined;
  }
}

/**
 * Moves the .html files of `from` to the same place in `outDir`, all at once; not those in _astro/,
 * pagefind/ or a folder whose name starts with a dot, nor one the public folder has (Vite copies
 * that). Returns the paths moved, inside `outDir`; none when a move fails (the build then draws
 * or copies every page, as before).
 */
export async function putPagesBack(from: string, outDir: string, publicDir: string): Promise<string[]> {
  const moved: string[] = [];
  const published = publicPages(publicDir);
  const visit = async (folder: string, top: boolean): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    const target = join(outDir, relative(from, folder));
    const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
    const works: Promise<void>[] = [];
    if (pages.length > 0) {
      await mkdir(target, { recursive: true });
      for (const page of pages) {
        const to = join(target, page.name);
        if (published.has(relative(outDir, to))) continue;
        works.push(rename(join(folder, page.name), to).then(() => void moved.push(to)));
      }
    }
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || (top && NOT_PAGES.has(entry.name))) continue;
      works.push(visit(join(folder, entry.name), false));
    }
    await Promise.all(works);
  };
  try {
    mkdirSync(outDir, { recursive: true });
    await visit(from, true);
    return moved;
  } catch {
    await deleteUnmade(outDir, moved, new Set());
    return [];
  }
}

/** The .html files of the public folder, by path inside it. */
function publicPages(publicDir: string): Set<string> {
  try {
    const files = readdirSync(publicDir, { recursive: true, withFileTypes: true });
    return new Set(files.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => relative(publicDir, join(entry.parentPath, entry.name))));
  } catch {
    return new Set();
  }
}

/** Deletes the pages put back that Astro did not make this time, and the folders this empties. */
export async function deleteUnmade(outputFolder: string, putBack: readonly string[], made: ReadonlySet<string>): Promise<void> {
  const outDir = resolve(outputFolder); // Astro's URLs of folders end with a slash
  const unmade = putBack.filter((path) => !made.has(path));
  await Promise.all(unmade.map((path) => rm(path, { force: true })));
  // Deepest folders first; a folder with something left in it stays. One system call each: at once.
  const folders = [...new Set(unmade.map(dirname))].sort((a, b) => b.split(sep).length - a.split(sep).length);
  const seen = new Set<string>();
  for (let folder of folders) {
    while (folder !== outDir && folder.startsWith(outDir + sep) && !seen.has(folder)) {
      seen.add(folder);
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
      folder = dirname(folder);
    }
  }
}

/** The output folder as a build left it: the folder itself (a new one each build), not just its name. */
function identity(outDir: string): string | undefined {
  const found = statSync(outDir, { bigint: true, throwIfNoEntry: false });
  return found?.isDirectory() ? `${outDir}\n${found.dev}:${found.ino}:${found.birthtimeNs}` : undefined;
}

export function madeByLastBuild(outDir: string, marker: string): boolean {
  try {
    const now = identity(outDir);
    return now !== undefined && readFileSync(marker, 'utf8') === now;
  } catch {
    return false;
  }
}

export function markComplete(outDir: string, marker: string): void {
  const now = identity(outDir);
  if (now !== undefined) writeFileSync(marker, now);
}
