import { lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder under Astro's cacheDir where the last build's output waits to be deleted. */
const FOLDER = 'previous-output';

/**
 * Astro empties the output folder before it bundles, one file at a time, while the build waits:
 * 2.5 s for a 10,000-post hub, on every rebuild. Here the last build's output is moved aside in
 * one rename (into the cache folder: same disk, most often) and deleted in the background while
 * the build goes on; Astro then finds the folder empty. When the move cannot be made (another
 * disk, a .git folder that Astro keeps in the output, an output folder that is a symbolic link),
 * Astro empties it as before.
 */
export function previousOutput(): AstroIntegration {
  let folders: { outDir: string; trash: string } | undefined;
  let deleting: Promise<void> | undefined;
  return {
    name: 'advocacy-hub:previous-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        folders = { outDir: fileURLToPath(config.outDir), trash: join(fileURLToPath(config.cacheDir), FOLDER) };
      },
      // After the content sync, just before Astro would empty the folder.
      'astro:build:start': () => {
        if (folders) deleting = setAside(folders.outDir, folders.trash);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}

/** Moves `outDir` into `trash` and deletes it there without waiting; undefined when it stays. */
export function setAside(outDir: string, trash: string): Promise<void> | undefined {
  try {
    // A link to a folder elsewhere stays a link: Astro empties the folder it points to, as before.
    const found = lstatSync(outDir, { throwIfNoEntry: false });
    if (!found?.isDirectory() || readdirSync(outDir).includes('.git')) return undefined;
    mkdirSync(trash, { recursive: true });
    // What a build stopped halfway left behind goes too.
    const leftovers = readdirSync(trash).map((name) => join(trash, name));
    const aside = join(trash, `${Date.now()}-${process.pid}`);
    renameSync(outDir, aside);
    return Promise.all([aside, ...leftovers].map((path) => rm(path, { recursive: true, force: true, maxRetries: 3 }))).then(
      () => undefined,
      () => undefined, // what stays is deleted by the next build
    );
  } catch {
    return undefined;
  }
}
