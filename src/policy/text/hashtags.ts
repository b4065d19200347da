/** A hashtag written in a text: `tag` without `#`, `index` of the `#`. */
export interface HashtagAt {
  tag: string;
  index: number;
}

// Same boundary as the share panel's `hasHashtag` (src/share/captions.ts); a hashtag needs a letter ("#1" is not one).
const HASHTAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

export function hashtagsIn(text: string): HashtagAt[] {
  if (!text.includes('#')) return [];
  return [...text.matchAll(HASHTAG)].map((match) => ({ tag: match[1] ?? '', index: match.index }));
}

/** Distinct hashtags of a text, compared case-insensitively. */
export function distinctHashtags(text: string): string[] {
  const seen = new Map<string, string>();
  for (const { tag } of hashtagsIn(text)) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}

/**
 * CamelCase makes a hashtag readable, by people and by screen readers (#RideToWork, not
 * #ridetowork): the first letter is a capital, and a long tag is not all capitals. Scripts
 * without capitals (Chinese, Arabic…) always pass.
 */
export function isCamelCase(tag: string): boolean {
  const letters = [...tag].filter((char) => /\p{L}/u.test(char));
  const cased = letters.filter((char) => char.toLowerCase() !== char.toUpperCase());
  if (cased.length === 0) return true;
  const first = cased[0] ?? '';
  if (first !== first.toUpperCase()) return false;
  const allCapitals = cased.every((char) => char === char.toUpperCase());
  return !(allCapitals && cased.length > 4);
}
