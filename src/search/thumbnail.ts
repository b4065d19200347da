import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

/** Shown at 120×63 CSS pixels beside a search result; twice that for sharp screens. */
export const THUMBNAIL = { width: 240, height: 126 } as const;

/** The URL of a post picture's small rendition for search results. */
export async function searchThumbnail(image: ImageMetadata): Promise<string> {
  const rendition = await getImage({ src: image, ...THUMBNAIL, fit: 'cover', format: 'webp', quality: 70 });
  return rendition.src;
}
