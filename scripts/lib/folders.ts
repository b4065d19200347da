import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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

/**
 * The files that differ between two folders, by path inside them: present in one only, or with
 * other bytes. Empty when the folders are byte for byte the same.
 */
export function differingFiles(a: string, b: string): string[] {
  const list = (dir: string) => new Map(filesIn(dir).map((entry) => [relative(dir, join(entry.parentPath, entry.name)), join(entry.parentPath, entry.name)]));
  const left = list(a);
  const right = list(b);
  const differing: string[] = [];
  for (const [path, file] of left) {
    const other = right.get(path);
    if (other === undefined || !readFileSync(file).equals(readFileSync(other))) differing.push(path);
  }
  for (const path of right.keys()) if (!left.has(path)) differing.push(path);
  return differing.sort();
}
