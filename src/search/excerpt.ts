/** A piece of a search excerpt; `highlighted` pieces matched the search words. */
export interface ExcerptSegment {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Pagefind's excerpt is text with HTML entities escaped and the matches wrapped in `<mark>`.
 * Rather than trusting it as HTML, we cut it at the marks and decode the entities, so the page
 * can place each piece as text. Anything else that looks like a tag stays visible text.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') highlighted = true;
    else if (piece === '</mark>') highlighted = false;
    else if (piece !== '') segments.push({ text: decodeEntities(piece), highlighted });
  }
  return segments;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}
