/**
 * When to look for typos. Pagefind never says that it did not know a word: for `instagarm` it
 * falls back to pages with words starting `in`. What it highlights in the top result tells:
 * a word of the search that no highlight resembles was not found. Runs in the browser, before
 * the vocabulary is loaded, so that a well-spelled search never loads it.
 */
import { excerptSegments } from './excerpt.ts';
import { editsAllowed } from './spelling-rules.ts';
import { foldWord, wordsOf } from './vocabulary.ts';

/**
 * The words of the search that may be typos: those long enough to correct that no highlighted
 * word of the top result shares its beginning with (all but the letters a typo may have changed,
 * so that `disclose` is matched by `disclosure`, as Pagefind's stemming finds it). With no
 * result at all, every such word; with a top result that highlights nothing, none.
 */
export function unmatchedWords(query: string, topExcerpts: readonly string[] | undefined): string[] {
  const highlighted = (topExcerpts ?? []).flatMap((excerpt) =>
    excerptSegments(excerpt).filter((segment) => segment.highlighted).flatMap((segment) => wordsOf(segment.text).map(foldWord)),
  );
  // Found, but not in the excerpt (in the title, say): nothing to go by, and nothing suspicious.
  if (topExcerpts && highlighted.length === 0) return [];
  return wordsOf(query).filter((word) => {
    const folded = foldWord(word);
    const edits = editsAllowed(folded.length);
    if (edits === 0) return false;
    const stem = folded.slice(0, Math.max(4, folded.length - edits));
    return !highlighted.some((mark) => mark.startsWith(stem));
  });
}
