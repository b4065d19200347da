import { parseEntities } from 'parse-entities';

/** A piece of a search excerpt; `highlighted` pieces matched the search words. */
export interface ExcerptSegment {
  text: string;
  highlighted: boolean;
}

const OPEN = '<mark>';
const CLOSE = '</mark>';

/**
 * Pagefind's excerpt is text with HTML's special characters escaped and the matches wrapped in
 * `<mark>` … `</mark>`, the only markup it writes. Rather than trusting it as HTML, we cut it at
 * those two exact markers and decode each piece's character references with parse-entities (the
 * same decoder as the link rules, which follows the HTML standard), so the page places each piece
 * as text. Anything else that looks like a tag, an escaped `&lt;mark&gt;` included, stays text.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  let at = 0;
  while (at <= excerpt.length) {
    const marker = highlighted ? CLOSE : OPEN;
    const found = excerpt.indexOf(marker, at);
    const piece = excerpt.slice(at, found === -1 ? undefined : found);
    if (piece !== '') segments.push({ text: parseEntities(piece), highlighted });
    if (found === -1) break;
    at = found + marker.length;
    highlighted = !highlighted;
  }
  return segments;
}
