import { rename, writeFile } from 'node:fs/promises';

/**
 * Writes a file by renaming a new one into place: a file that was a hard link (the search index's
 * parts are linked from the cache, see `src/search/part-cache.ts`) is replaced, never written through.
 */
export async function replaceFile(path: string, data: string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}
