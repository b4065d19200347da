import sharp from 'sharp';
import { FetchProblem, fetchLimited, fetchableUrl, type FetchLimits } from './fetch-limited.ts';

const EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

/** A feed item's picture, downloaded and read, ready to be written to `content/media/`. */
export type FeedImage = { ok: true; bytes: Uint8Array; extension: string } | { ok: false; reason: string };

/**
 * Downloads a picture within the limits and reads its header with sharp (the same reader as the
 * content check). Only JPEG, PNG and WebP are kept; the content check then judges the file like any
 * other picture (size, dimensions, shape).
 */
export async function downloadFeedImage(address: string, limits: FetchLimits): Promise<FeedImage> {
  const url = fetchableUrl(address, limits.loopback);
  if (!url) return { ok: false, reason: `its address ${JSON.stringify(address)} is not an https: address` };
  let bytes: Uint8Array;
  try {
    bytes = (await fetchLimited(url, limits, 'image/jpeg, image/png, image/webp')).bytes;
  } catch (error) {
    if (error instanceof FetchProblem) return { ok: false, reason: error.message };
    throw error;
  }
  let format: string | undefined;
  try {
    format = (await sharp(bytes).metadata()).format;
  } catch {
    return { ok: false, reason: 'it is not a picture the hub can read' };
  }
  const extension = format ? EXTENSIONS[format] : undefined;
  if (!extension) return { ok: false, reason: `it is a ${format ?? 'unknown'} file; the hub takes JPEG, PNG or WebP` };
  return { ok: true, bytes, extension };
}
