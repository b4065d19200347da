import { resolve } from 'node:path';
import type { HubConfig } from '../schemas/hub.ts';
import { absoluteUrl } from '../i18n/routes.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { translator } from '../i18n/translator.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewContent } from './preview-svg.ts';
import { drawPreview, previewCacheDir, previewFileName } from './draw-preview.ts';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

/** What BaseLayout puts in the og:image / twitter:image tags. */
export interface PreviewImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The folder of the site where drawn previews are published. */
export const PREVIEW_PATH = 'previews';

/**
 * Astro's cache folder, where drawn previews are kept between builds: the same rule as
 * astro.config.mjs (`HUB_CACHE_DIR`, else Astro's default `node_modules/.astro`), so a benchmark
 * or test build with its own cache folder starts cold, as a first build would.
 */
export function previewCacheRoot(env: Record<string, string | undefined> = process.env): string {
  return previewCacheDir(resolve(env.HUB_CACHE_DIR || 'node_modules/.astro'));
}

/**
 * The picture for a post without its own image: the hub's tagline under the post's category, so
 * a hub draws one picture per category and language however many posts it holds (a drawing
 * costs about 20 ms of CPU; ten thousand posts would spend a minute on them). The post's own
 * title is in og:title, which networks show next to the picture.
 */
export function categoryPreviewContent(category: string, locale: string, hub: HubConfig): PreviewContent {
  const found = hub.categories.find((candidate) => candidate.id === category);
  return { ...defaultPreviewContent(hub, locale), label: found ? pickLocalized(found.label, locale, hub.default_locale) : '' };
}

/** The picture for pages without one of their own: the hub's tagline and the organisation. */
export function defaultPreviewContent(hub: HubConfig, locale: string): PreviewContent {
  const t = translator(locale, hub.default_locale);
  return { title: t('home.title'), label: '', footer: hub.organisation, colour: hub.brand_colour };
}

/** The absolute URL and tags of a drawn preview. Drawing it is the previews endpoint's job. */
export function drawnPreviewImage(content: PreviewContent, hub: Pick<HubConfig, 'site' | 'base'>): PreviewImage {
  const base = withTrailingSlash(hub.base);
  return {
    url: absoluteUrl(hub, `${base}${PREVIEW_PATH}/${previewFileName(content)}`),
    alt: [content.title, content.label, content.footer].filter(Boolean).join(' · '),
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
  };
}

/**
 * Same as `drawnPreviewImage`, and starts drawing the picture in the background (sharp works
 * off the main thread), so that by the time the previews endpoint is built it is usually done.
 */
export function requestPreview(content: PreviewContent, hub: HubConfig): PreviewImage {
  drawPreview(content, previewCacheRoot()).catch(() => {
    // The endpoint draws it again and reports the problem with the page that needs it.
  });
  return drawnPreviewImage(content, hub);
}
