import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { MEDIA_PUBLIC_FOLDER, mediaImageFromFile } from '../../reading/media-images.ts';
import { MEDIA_DIR } from '../../reading/paths.ts';
import { judgeUrl } from '../../lib/url-rule.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { ContentDocument } from '../../reading/document.ts';
import { htmlImages } from '../markdown/raw-html.ts';
import { findingOf, placeOfField, placeOfNode, placeOfRange, type Place, type Report, type Rule, type RuleContext } from '../rule.ts';
import { sourceOffsetOf } from '../text/align.ts';
import { rawField } from '../raw-field.ts';

type ImageRules = NonNullable<Policy['images']>;

const FORMAT_NAMES: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', gif: 'GIF', svg: 'SVG', avif: 'AVIF', heif: 'HEIF', tiff: 'TIFF' };

/**
 * Images: a real JPEG/PNG/WebP inside the content folder, small enough, and for the post's
 * picture (also its link preview) big enough and 1.91:1. Only the file header is read.
 */
export const images: Rule = async (doc, context, report) => {
  const rules = context.policy.images;
  if (!rules) return;
  const src = rawField(doc, ['image', 'src']);
  // A missing file or a path is the schema's finding ("not in content/media/"); do not say it twice.
  if (doc.kind === 'post' && typeof src === 'string' && context.mediaExists(src)) {
    await checkFile(join(context.contentDir, MEDIA_DIR, src), `${MEDIA_DIR}/${src}`, 'image.src', () => placeOfField(doc, ['image', 'src']), rules, context, report, true);
    const alt = rawField(doc, ['image', 'alt']);
    if (rules.alt && typeof alt === 'string' && looksLikeFileName(alt, src)) {
      report(
        findingOf(rules.alt, placeOfField(doc, ['image', 'alt']), `image.alt: "${alt}" looks like a file name; describe what the picture shows, for people who cannot see it`, { field: 'image.alt', alt }),
      );
    }
  }
  for (const node of doc.nodes ?? []) {
    const place = placeOfNode(node);
    if (node.type !== 'image' || !node.url || !place) continue;
    if (rules.alt && !node.alt?.trim()) {
      report(findingOf(rules.alt, place, 'body: this image has no alt text; write what it shows between the brackets: ![what it shows](file.jpg)', { field: 'body', alt: '' }));
    } else if (rules.alt && node.alt && looksLikeFileName(node.alt, node.url)) {
      report(findingOf(rules.alt, place, `body: the alt text "${node.alt}" looks like a file name; describe what the picture shows`, { field: 'body', alt: node.alt }));
    }
    const verdict = judgeUrl(node.url, 'resource');
    if (!verdict.ok || !verdict.relative) continue; // not a file of the hub: the MDX safety rule's
    if (node.url.startsWith('/')) {
      // The browser editor writes `/media/<file>`; the build rewrites it to the path from this file.
      const fromFile = mediaImageFromFile(node.url, doc.path, context.contentDir);
      if (fromFile !== undefined) {
        await checkEditorImage(doc, node.url, fromFile, place, rules, context, report);
        continue;
      }
      // Astro publishes any other Markdown image only when its path starts from the file itself.
      const write = await markdownImage(doc, context, node.url, node.alt ?? undefined);
      report(
        findingOf(
          rules,
          place,
          `body: the image "${node.url}" would be broken on the page (the build publishes a picture only from ${MEDIA_PUBLIC_FOLDER}/ or with a path from this file); write ${write}`,
          { field: 'body', file: node.url },
        ),
      );
      continue;
    }
    await checkBodyImage(doc, node.url, place, rules, context, report);
  }
  // `![alt][label]` with `[label]: ../../media/x.jpg`: Astro publishes only images written inline,
  // so a reference to a picture of the hub would be broken on the page.
  const definitions = new Map((doc.nodes ?? []).filter((node) => node.type === 'definition').map((node) => [(node.identifier ?? '').toLowerCase(), node.url ?? '']));
  for (const node of doc.nodes ?? []) {
    const place = placeOfNode(node);
    if (node.type !== 'imageReference' || !place) continue;
    const url = definitions.get((node.identifier ?? '').toLowerCase());
    const verdict = url === undefined ? undefined : judgeUrl(url, 'resource');
    if (!verdict?.ok || !verdict.relative) continue;
    const inline = `![${node.alt?.trim() || 'what it shows'}](${url})`;
    report(findingOf(rules, place, `body: the image "${doc.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)}" would be broken on the page (the build publishes only pictures written in place, not through a reference); write ${inline}`, { field: 'body', file: url ?? '' }));
  }
  // <img> and <source> written as HTML with a path on the hub: the build copies no such file, and
  // the browser would look for it beside the page's address, so the picture would be broken.
  for (const image of htmlImagesIn(doc)) {
    const write = await markdownImage(doc, context, image.url, image.alt);
    report(
      findingOf(
        rules,
        image.place,
        `body: the picture "${image.url}" written as HTML would be broken on the page (the build publishes only pictures written in Markdown); write ${write}`,
        { field: 'body', file: image.url },
      ),
    );
  }
};

/**
 * The Markdown image an editor should write for a picture of the hub: its path from the file
 * itself, and what is missing when there is no such file in the content folder.
 */
async function markdownImage(doc: ContentDocument, context: RuleContext, url: string, alt: string | undefined): Promise<string> {
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0] ?? url);
  } catch {
    path = url;
  }
  const file = path.startsWith('/') ? resolve(context.contentDir, `.${path}`) : resolve(dirname(doc.path), path);
  const markdown = `![${alt?.trim() || 'what it shows'}](${relative(dirname(doc.path), file).split('\\').join('/')})`;
  const inside = relative(context.contentDir, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return `${markdown} with the picture moved into content/${MEDIA_DIR}/ (it is outside the content folder)`;
  if (!(await context.imageFacts(file)).exists) return `${markdown}, and add content/${inside.split('\\').join('/')}, which does not exist`;
  return markdown;
}

/** Images loaded from the hub by raw HTML in a Markdown body, or by a plain <img> in MDX. */
function htmlImagesIn(doc: ContentDocument): { url: string; alt: string | undefined; element: string; place: Place }[] {
  const found: { url: string; alt: string | undefined; element: string; place: Place }[] = [];
  for (const node of doc.mdxNodes ?? doc.nodes ?? []) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'html' && start !== undefined && end !== undefined) {
      const html = node.value ?? '';
      const source = doc.text.slice(start, end);
      for (const image of htmlImages(html)) {
        const from = start + sourceOffsetOf(html, source, image.offset);
        const to = start + sourceOffsetOf(html, source, Math.max(image.offset, image.end - 1)) + 1;
        found.push({ ...image, place: placeOfRange(doc, from, Math.max(from + 1, to)) });
      }
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const attributes = new Map((node.attributes ?? []).map((a) => [(a.name ?? '').toLowerCase(), a]));
      const src = attributes.get('src');
      const alt = attributes.get('alt')?.value;
      if (typeof src?.value !== 'string') continue;
      const verdict = judgeUrl(src.value, 'resource');
      const place = placeOfNode(src) ?? placeOfNode(node);
      if (verdict.ok && verdict.relative && place) found.push({ url: src.value, alt: typeof alt === 'string' ? alt : undefined, element: 'img', place });
    }
  }
  return found;
}

/** `![alt](/media/bike.jpg)`, as the browser editor writes it: the picture must be in content/media/. */
async function checkEditorImage(doc: ContentDocument, url: string, fromFile: string, place: Place, rules: ImageRules, context: RuleContext, report: Report): Promise<void> {
  let path = fromFile;
  try {
    path = decodeURI(fromFile);
  } catch {
    // A stray `%` in the name: the file is looked for as written.
  }
  const file = resolve(dirname(doc.path), path);
  if (!(await context.imageFacts(file)).exists) {
    const name = relative(join(context.contentDir, MEDIA_DIR), file).split('\\').join('/');
    report(
      findingOf(
        rules,
        place,
        `body: the image "${url}" is not in content/${MEDIA_DIR}/; add ${name} there (the browser editor's image button uploads it) or correct the name`,
        { field: 'body', file: url },
      ),
    );
    return;
  }
  await checkBodyImage(doc, fromFile, place, rules, context, report);
}

async function checkBodyImage(doc: ContentDocument, url: string, place: Place, rules: ImageRules, context: RuleContext, report: Report): Promise<void> {
  let path: string;
  try {
    path = decodeURI(url.split(/[?#]/)[0] ?? url);
  } catch {
    path = url;
  }
  const file = isAbsolute(path) ? resolve(context.contentDir, `.${path}`) : resolve(dirname(doc.path), path);
  const inside = relative(context.contentDir, file);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    report(findingOf(rules, place, `body: the image "${url}" points outside the content folder; put it in content/${MEDIA_DIR}/ and link it from there`, { field: 'body', file: url }));
    return;
  }
  await checkFile(file, inside.split('\\').join('/'), 'body', () => place, rules, context, report, false);
}

async function checkFile(
  path: string,
  shown: string,
  field: string,
  place: () => Place,
  rules: ImageRules,
  context: RuleContext,
  report: Report,
  isPreview: boolean,
): Promise<void> {
  const facts = await context.imageFacts(path);
  const say = (message: string) => report(findingOf(rules, place(), `${field}: ${message}`, { field, file: shown }));
  if (!facts.exists) return say(`the image ${shown} does not exist; add it or correct the name`);
  const allowed = rules.formats.map((format) => FORMAT_NAMES[format] ?? format).join(', ');
  if (!facts.format) return say(`${shown} is not an image the hub can read; use a ${allowed} file`);
  if (!(rules.formats as readonly string[]).includes(facts.format)) {
    return say(`${shown} is a ${FORMAT_NAMES[facts.format] ?? facts.format} image; use ${allowed}`);
  }
  const limit = rules.max_size_mb * 1024 * 1024;
  if (facts.bytes > limit) say(`${shown} is ${(facts.bytes / 1024 / 1024).toFixed(1)} MB; make it at most ${rules.max_size_mb} MB (export it again at 1200×628 or with more compression)`);
  if (!isPreview || facts.width === undefined || facts.height === undefined) return;
  const { width, height } = facts;
  if (width < rules.min_width || height < rules.min_height) {
    say(`${shown} is ${width}×${height} pixels; link previews need at least ${rules.min_width}×${rules.min_height}`);
  }
  if (rules.aspect_ratio !== undefined && Math.abs(width / height - rules.aspect_ratio) > rules.aspect_tolerance) {
    const example = `${rules.min_width}×${Math.round(rules.min_width / rules.aspect_ratio)}`;
    say(`${shown} is ${width}×${height} (${(width / height).toFixed(2)}:1); link previews need ${rules.aspect_ratio}:1 (±${rules.aspect_tolerance}), such as ${example}`);
  }
}

/** "IMG_2041.jpg", "ebbtide-e-bike", the file's own name: not a description. */
export function looksLikeFileName(alt: string, src: string): boolean {
  const text = alt.trim();
  const name = basename(src);
  const stem = name.slice(0, name.length - extname(name).length);
  if (text === name || text === stem) return true;
  if (/\.(jpe?g|png|webp|gif|svg|avif|heic|tiff?)$/i.test(text)) return true;
  if (/^(IMG|DSC|DSCN|PXL|DCIM|Screenshot)[\s_-]?\d/i.test(text)) return true;
  return !/\s/.test(text) && /[-_]/.test(text) && /^[\w.-]+$/.test(text);
}
