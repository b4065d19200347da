import { stat } from 'node:fs/promises';
import sharp from 'sharp';

/** What the image rule needs to know about a file. */
export interface ImageFacts {
  exists: boolean;
  bytes: number;
  /** `jpeg`, `png`, `webp`, … as sharp names it; undefined when sharp cannot read the file. */
  format?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

const cache = new Map<string, { key: string; facts: Promise<ImageFacts> }>();

/**
 * Reads an image's header (sharp's `metadata()` does not decode the pixels). Cached by path,
 * size and modification time: ten thousand posts sharing ten images read ten headers, and the
 * dev server re-reads a file only after it changed.
 */
export async function readImageFacts(path: string): Promise<ImageFacts> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return { exists: false, bytes: 0 };
  }
  if (!info.isFile()) return { exists: false, bytes: 0 };
  const key = `${info.size}:${info.mtimeMs}`;
  const cached = cache.get(path);
  if (cached?.key === key) return cached.facts;
  const facts = sharp(path)
    .metadata()
    .then(
      (meta) => ({ exists: true, bytes: info.size, format: meta.format, width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height }),
      () => ({ exists: true, bytes: info.size }),
    );
  cache.set(path, { key, facts });
  return facts;
}

/** One stat per image per run on top of the file cache: the per-run memo the engine hands to rules. */
export function imageFactsForRun(): (path: string) => Promise<ImageFacts> {
  const seen = new Map<string, Promise<ImageFacts>>();
  return (path) => {
    let facts = seen.get(path);
    if (!facts) {
      facts = readImageFacts(path);
      seen.set(path, facts);
    }
    return facts;
  };
}
