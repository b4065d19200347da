import type { APIRoute, GetStaticPaths } from 'astro';
import hub from 'virtual:hub/settings';
import { previewsOfSite } from '../../previews/catalogue.ts';
import { drawPreview, previewBytes, previewFileName } from '../../previews/draw-preview.ts';
import { previewCacheRoot } from '../../previews/site-previews.ts';
import type { PreviewContent } from '../../previews/preview-svg.ts';

/** The drawn link-preview images, `/previews/<hash>.png`, taken from the cache when unchanged. */
export const getStaticPaths = (async () => {
  const contents = await previewsOfSite(hub);
  // Start every missing drawing now: sharp draws several at once off the main thread, while the
  // pages are rendered one by one.
  const cacheDir = previewCacheRoot();
  for (const content of contents) drawPreview(content, cacheDir).catch(() => {});
  return contents.map((content) => ({ params: { name: previewFileName(content).replace(/\.png$/, '') }, props: { content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: PreviewContent }> = async ({ props }) => {
  const png = await previewBytes(props.content, previewCacheRoot());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
