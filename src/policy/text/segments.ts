import { isAlias, isScalar } from 'yaml';
import type { ContentDocument } from '../../reading/document.ts';
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
  const raw = doc.raw;
  if (doc.block && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const fields = new Set<string>(PROSE_FIELDS[doc.kind]);
    // The values as read; where each one stands in the file is looked up only when a rule asks.
    for (const [key, value] of Object.entries(raw)) {
      if (fields.has(key) && typeof value === 'string') segments.push(fieldSegment(doc, key, [key], value));
      if (key !== 'captions' || doc.kind !== 'post' || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [network, variants] of Object.entries(value)) {
        if (Array.isArray(variants)) {
          variants.forEach((variant: unknown, index) => {
            if (typeof variant === 'string') {
              segments.push(fieldSegment(doc, `captions.${network}[${index + 1}]`, ['captions', network, index], variant, { key: network, index }));
            }
          });
        } else if (typeof variants === 'string') {
          segments.push(fieldSegment(doc, `captions.${network}`, ['captions', network], variants, { key: network, index: 0 }));
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

/**
 * A front-matter value as a segment whose `start` and `source` are found in the YAML (a parse
 * that keeps positions) on first use: most files have no finding and never need them.
 */
function fieldSegment(
  doc: ContentDocument,
  field: string,
  path: readonly (string | number)[],
  text: string,
  caption?: { key: string; index: number },
): TextSegment {
  let located: { start: number; source: string } | undefined;
  const locate = () => {
    if (!located) {
      const block = doc.block;
      const node = block?.yaml.document.getIn(path, true);
      // An alias (`title: *name`) is placed where the alias is written.
      const range = isScalar(node) || isAlias(node) ? node.range : undefined;
      located = block && range ? { start: block.offset + range[0], source: doc.text.slice(block.offset + range[0], block.offset + range[1]) } : { start: 0, source: '' };
    }
    return located;
  };
  return {
    field,
    text,
    prose: proseOf(text),
    get start() {
      return locate().start;
    },
    get source() {
      return locate().source;
    },
    ...(caption ? { caption } : {}),
  };
}

function segment(field: string, text: string, start: number, source: string): TextSegment {
  return { field, text, prose: proseOf(text), start, source };
}

function proseOf(text: string): string {
  return text.includes('://') || text.includes('www.') ? text.replace(URL_PATTERN, (url) => ' '.repeat(url.length)) : text;
}
