import type { HubConfig } from '../schemas/hub.ts';
import { postsWithPages, splitId } from '../reading/queries.ts';
import type { PreviewContent } from './preview-svg.ts';
import { previewFileName } from './draw-preview.ts';
import { categoryPreviewContent, defaultPreviewContent } from './site-previews.ts';

/**
 * Every picture the site draws: one per category (and language) that has a post page without
 * its own image, and the default for each language. The previews endpoint publishes exactly these; the pages compute the same
 * contents, so their og:image URLs always point at a published file.
 */
export async function previewsOfSite(hub: HubConfig): Promise<PreviewContent[]> {
  // A category's picture depends on its language only: drawn (and named) once per pair, however many posts share it.
  const pairs = new Map<string, { category: string; locale: string }>();
  for (const post of await postsWithPages()) {
    if (post.data.image) continue;
    const locale = splitId(post.id).locale;
    pairs.set(`${locale}\n${post.data.category}`, { category: post.data.category, locale });
  }
  const contents = [
    ...[...pairs.values()].map(({ category, locale }) => categoryPreviewContent(category, locale, hub)),
    ...hub.locales.map(({ code }) => defaultPreviewContent(hub, code)),
  ];
  const byName = new Map(contents.map((content) => [previewFileName(content), content]));
  return [...byName.values()];
}
