import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { previewSvg, type PreviewContent } from './preview-svg.ts';

/**
 * Bump when the drawing changes (layout, colours, format), so that every cached preview is
 * redrawn once.
 */
export const RENDERER_VERSION = 1;

/** The preview's file name: a hash of everything that changes the picture, so unchanged previews are reused. */
export function previewFileName(content: PreviewContent): string {
  const key = JSON.stringify([RENDERER_VERSION, content.title, content.label, content.footer, content.colour.toLowerCase()]);
  return `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.png`;
}

export interface DrawnPreview {
  file: string;
  /** True when the picture came from the cache without drawing. */
  cached: boolean;
}

/** Where drawn previews are kept between builds. */
export function previewCacheDir(cacheRoot: string): string {
  return join(cacheRoot, 'hub-previews');
}

const inFlight = new Map<string, Promise<DrawnPreview>>();

/**
 * Draws the preview into the cache folder unless it is already there. Concurrent calls for the
 * same picture share one drawing.
 */
export function drawPreview(content: PreviewContent, cacheDir: string): Promise<DrawnPreview> {
  const file = join(cacheDir, previewFileName(content));
  if (existsSync(file)) return Promise.resolve({ file, cached: true });
  let drawing = inFlight.get(file);
  if (!drawing) {
    drawing = render(content, file).finally(() => inFlight.delete(file));
    inFlight.set(file, drawing);
  }
  return drawing;
}

/** The PNG bytes of a preview, drawn if needed. */
export async function previewBytes(content: PreviewContent, cacheDir: string): Promise<Buffer> {
  return readFileSync((await drawPreview(content, cacheDir)).file);
}

async function render(content: PreviewContent, file: string): Promise<DrawnPreview> {
  const png = await sharp(Buffer.from(previewSvg(content)))
    // The fastest compression: ~90 KB a picture (crawlers fetch it, not readers), and a third
    // quicker than the default, which counts when a first build draws hundreds.
    .png({ compressionLevel: 1 })
    .toBuffer();
  mkdirSync(join(file, '..'), { recursive: true });
  // Written under a temporary name and renamed, so a build that stops half-way leaves no broken file.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return { file, cached: false };
}
