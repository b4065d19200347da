import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HubConfig } from '../schemas/hub.ts';
import { localePrefix } from '../i18n/routes.ts';
import { FEED_FILES } from './feeds.ts';
import type { ImageRendition } from './notice.ts';

/**
 * The picture URLs the site build chose (hashed renditions under `/_astro/`), read back from the
 * built JSON feed, so the digest and chat messages show exactly the images the hub serves.
 * Undefined when there is no build in `siteDir`.
 */
export function builtImages(siteDir: string, hub: HubConfig, locale: string): Map<string, ImageRendition> | undefined {
  const file = join(siteDir, localePrefix(hub, locale), FEED_FILES.json);
  if (!existsSync(file)) return undefined;
  let feed: { items?: { url?: unknown; image?: unknown }[] };
  try {
    feed = JSON.parse(readFileSync(file, 'utf8')) as typeof feed;
  } catch {
    return undefined;
  }
  const images = new Map<string, ImageRendition>();
  for (const item of feed.items ?? []) {
    if (typeof item.url === 'string' && typeof item.image === 'string') images.set(item.url, { url: item.image });
  }
  return images;
}
