import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ContentDocument } from '../document.ts';
import { sourceOffsetOf } from './align.ts';

/** A piece of prose a person wrote: a front-matter field, one caption, or a run of body text. */
export interface TextSegment {
  /** How the editor finds it: `title`, `captions.x[2]`, `body`. */
  field: string;
  /** For captions: the network key (`default`, `x`…) and the variant's position from 0. */
  caption?: { key: string; index: number };
  /** The text as read (YAML value or Markdown text). */
  text: string;
  /** The same text with web addresses blanked out, for word rules (a URL is not prose). */
  prose: string;
  /** Where the source of this text starts in the file, and the source itself. */
  start: number;
  source: string;
}

/** The file offsets of a whole segment, as written (quotes included). */
export function segmentRange(segment: TextSegment): [number, number] {
  return [segment.start, segment.start + segment.source.length];
}

/** The file offset of a character of a segment's text. */
export function offsetIn(segment: TextSegment, index: number): number {
  return segment.start + sourceOffsetOf(segment.text, segment.source, index);
}

const PROSE_FIELDS = {
  post: ['title', 'summary', 'why_it_matters'],
  guideline: ['title', 'description'],
  faq: ['question'],
  campaign: [],
  hub: [],
} as const;

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi;

const cache = new WeakMap<ContentDocument, TextSegment[]>();

/** The prose of a file (fields, captions, body text; not code, not URLs), collected once per file. */
export function textSegments(doc: ContentDocument): TextSegment[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const segments: TextSegment[] = [];
  const block = doc.block;
  const root = block?.yaml.document.contents;
  if (block && isMap(root)) {
    const fields = new Set<string>(PROSE_FIELDS[doc.kind]);
    for (const pair of root.items) {
      const key = keyOf(pair.key);
      if (fields.has(key)) pushScalar(segments, doc, block.offset, key, pair.value);
      if (key === 'captions' && doc.kind === 'post' && isMap(pair.value)) {
        for (const caption of pair.value.items) {
          const network = keyOf(caption.key);
          if (isSeq(caption.value)) {
            caption.value.items.forEach((item, index) =>
              pushScalar(segments, doc, block.offset, `captions.${network}[${index + 1}]`, item, { key: network, index }),
            );
          } else {
            pushScalar(segments, doc, block.offset, `captions.${network}`, caption.value, { key: network, index: 0 });
          }
        }
      }
    }
  }
  for (const node of doc.nodes ?? []) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'text' || node.value === undefined || start === undefined || end === undefined) continue;
    segments.push(segment('body', node.value, start, doc.text.slice(start, end)));
  }
  cache.set(doc, segments);
  return segments;
}

/** The caption segments only, in file order. */
export function captionSegments(doc: ContentDocument): TextSegment[] {
  return textSegments(doc).filter((segment) => segment.caption !== undefined);
}

function pushScalar(
  segments: TextSegment[],
  doc: ContentDocument,
  offset: number,
  field: string,
  node: unknown,
  caption?: { key: string; index: number },
): void {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const start = offset + node.range[0];
  const source = doc.text.slice(start, offset + node.range[1]);
  segments.push({ ...segment(field, node.value, start, source), ...(caption ? { caption } : {}) });
}

function segment(field: string, text: string, start: number, source: string): TextSegment {
  const prose = text.includes('://') || text.includes('www.') ? text.replace(URL_PATTERN, (url) => ' '.repeat(url.length)) : text;
  return { field, text, prose, start, source };
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String((key as Node | null)?.toJSON?.() ?? key);
}
