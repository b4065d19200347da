import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { judgeUrl } from '../lib/url-rule.ts';
import { MEDIA_DIR } from './paths.ts';

/**
 * Where a picture in `content/media/` is as the browser editor writes it: `/media/bike.jpg`. The
 * editor's image button puts an uploaded or picked picture into the body as
 * `![alt](/media/bike.jpg)`, and its picture fields write the same form.
 */
export const MEDIA_PUBLIC_FOLDER = `/${MEDIA_DIR}`;

/**
 * What a Markdown image written as `/media/<file>` means: the picture `content/media/<file>`,
 * addressed from the content file, such as `../../media/bike.jpg` from `posts/en/launch.md`.
 * Astro publishes (resizes into `/_astro/`) only Markdown images whose path starts from the file,
 * and the build copies no `media/` folder, so the build rewrites the editor's form to this before
 * Astro collects the images, and the content check judges the file at this path: both ask here.
 *
 * Undefined for any other address (another folder from the root, `//host`, `https:`, a path from
 * the file), which is left as written. The address is read by the URL parser, so `/media/../x`
 * is `/x`, not a picture in `media/`. The query and fragment are dropped: Astro would read them
 * as part of the file name.
 */
export function mediaImageFromFile(url: string, file: string, contentDir: string): string | undefined {
  if (!url.startsWith('/')) return undefined;
  const verdict = judgeUrl(url, 'resource');
  if (!verdict.ok || !verdict.relative) return undefined;
  const prefix = `${MEDIA_PUBLIC_FOLDER}/`;
  const { pathname } = verdict.url;
  if (!pathname.startsWith(prefix) || pathname.endsWith('/')) return undefined;
  const name = pathname.slice(prefix.length);
  if (!name.split('/').every(isPlainSegment)) return undefined;
  const folder = relative(dirname(file), join(contentDir, MEDIA_DIR)).split(sep).join('/');
  return `${folder || '.'}/${name}`;
}

/**
 * Whether one segment of the address names a plain file or folder once decoded, as Astro decodes
 * it before reading the file: not empty, not `.` or `..`, and no slash, backslash or control
 * character hidden behind a percent sign (`..%5c..%5csecret.png` would climb out of media/ on
 * Windows). Such an address is not taken for a picture in media/ and is left as written.
 */
function isPlainSegment(segment: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false;
  }
  if (decoded === '' || decoded === '.' || decoded === '..') return false;
  for (const char of decoded) {
    const code = char.codePointAt(0)!;
    if (char === '/' || char === '\\' || code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/**
 * The Sätteri (Astro's Markdown and MDX processor) plugin that applies {@link mediaImageFromFile}
 * to the Markdown images of posts, guidelines and FAQ answers, .md and .mdx alike. It runs before
 * Astro collects the images to publish. Pictures written as HTML are not touched: the content
 * check refuses them.
 */
export function mediaImagesPlugin(contentDir: string): MdastPluginDefinition {
  // A plain object rather than satteri's defineMdastPlugin: the browser editor's configuration
  // page imports this module for MEDIA_PUBLIC_FOLDER, and need not load the Markdown processor.
  return {
    name: 'hub-media-images',
    image(node, ctx) {
      if (!ctx.fileURL || !node.url) return;
      const fromFile = mediaImageFromFile(node.url, fileURLToPath(ctx.fileURL), contentDir);
      if (fromFile !== undefined) ctx.setProperty(node, 'url', fromFile);
    },
  };
}
