import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files under a folder, at any depth. */
function filesIn(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
}

/** Bytes of all the files under a folder (the size of a search index, say). */
export function folderBytes(dir: string): number {
  return filesIn(dir).reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** How many files a folder holds, at any depth. */
export function countFiles(dir: string): number {
  return filesIn(dir).length;
}
