import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

// Vite resolves `@content` to the content folder (astro.config.mjs), so generated or fixture
// content folders work the same as `content/`. Each image is imported only when a page uses it.
const files = import.meta.glob<{ default: ImageMetadata }>('@content/media/*.{jpg,jpeg,png,webp,JPG,JPEG,PNG,WEBP}');
const byName = new Map(Object.entries(files).map(([path, load]) => [path.slice(path.lastIndexOf('/') + 1), load]));

/** The image metadata of a file in `content/media/`, or undefined when there is no such file. */
export async function mediaImage(fileName: string): Promise<ImageMetadata | undefined> {
  const load = byName.get(fileName);
  return load ? (await load()).default : undefined;
}

/** The 1200×630 link-preview rendition of an image, as an absolute URL. */
export async function previewImage(image: ImageMetadata, site: string): Promise<{ url: string; width: number; height: number }> {
  const rendition = await getImage({ src: image, width: 1200, height: 630, fit: 'cover', format: 'jpg', quality: 80 });
  return { url: new URL(rendition.src, site).href, width: 1200, height: 630 };
}
