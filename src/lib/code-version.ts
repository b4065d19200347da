/**
 * The version of the hub's own code, for caches that keep a result between builds (the content
 * check's findings, the output audit's verdicts, the search index's parts): every TypeScript file
 * under src/ and the lock files. Coarse on purpose: a cache that survives a code change it should
 * not have survived is a wrong build, one that is emptied too often is only a slower one.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Feeds the code's version into `hash`. */
export function hashCodeVersion(hash: Hash): Hash {
  return hash.update(`code ${codeVersion()}\n`);
}

let version: string | undefined;

/**
 * The digest of each file's path and bytes, in a stable order. Worked out once per process: the
 * caches of one build (check, audit, search parts, page keys) all ask, and the code does not
 * change while a build runs.
 */
export function codeVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256');
    const add = (path: string) => hash.update(`code ${relative(REPO, path)}\n`).update(readFileSync(path)).update('\n');
    for (const path of filesUnder(join(REPO, 'src'))) if (path.endsWith('.ts')) add(path);
    for (const name of ['package-lock.json', 'package.json']) if (existsSync(join(REPO, name))) add(join(REPO, name));
    version = hash.digest('hex');
  }
  return version;
}

/** Files under a folder in a stable order, skipping hidden folders (.git, .astro), hidden files and symbolic links. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !relative(dir, entry.parentPath).split(/[\\/]/).some((part) => part.startsWith('.')) && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
