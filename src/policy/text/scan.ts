import type { ContentDocument, ContentKind } from '../../reading/document.ts';
import { offsetIn, textSegments, type TextSegment } from './segments.ts';
import { quickLookCase, tokenize, type TermMatch, type TermMatcher, type Token } from './terms.ts';

/** A term found in a file, with its exact offsets in the file's text. */
export interface ProseMatch<T> extends TermMatch<T> {
  segment: TextSegment;
  /** File offsets, end exclusive. */
  from: number;
  to: number;
  /** Whether the file holds exactly the matched text between `from` and `to` (a replacement there is safe). */
  exact: boolean;
}

const tokenCache = new WeakMap<TextSegment, Token[]>();

/** The words of a segment's prose, split once for all the text rules. */
function tokensOf(segment: TextSegment): Token[] {
  let tokens = tokenCache.get(segment);
  if (!tokens) {
    tokens = tokenize(segment.prose);
    tokenCache.set(segment, tokens);
  }
  return tokens;
}

const lowerCache = new WeakMap<TextSegment, string>();

/** A segment's prose in the case of the matchers' quick look. */
function lowerOf(segment: TextSegment): string {
  let lower = lowerCache.get(segment);
  if (lower === undefined) {
    lower = quickLookCase(segment.prose);
    lowerCache.set(segment, lower);
  }
  return lower;
}

/** Runs a term matcher over every piece of prose in a file. */
export function scanProse<T>(doc: ContentDocument, matcher: TermMatcher<T>): ProseMatch<T>[] {
  const found: ProseMatch<T>[] = [];
  for (const segment of textSegments(doc)) {
    if (!matcher.mayMatch(lowerOf(segment))) continue;
    for (const match of matcher(segment.prose, tokensOf(segment))) {
      const from = offsetIn(segment, match.start);
      const to = offsetIn(segment, match.end - 1) + 1;
      found.push({ ...match, segment, from, to, exact: doc.text.slice(from, to) === match.text });
    }
  }
  return found;
}

const PLURAL: Record<ContentKind, string> = { post: 'posts', guideline: 'guidelines', faq: 'faq', campaign: 'campaigns', hub: 'hub' };

/** Whether a text rule with `applies_to` reads this kind of file. */
export function appliesTo(kinds: readonly string[], doc: ContentDocument): boolean {
  return kinds.includes(PLURAL[doc.kind]);
}
