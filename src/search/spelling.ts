/**
 * Corrects mistyped words of a search against the vocabulary of the index (`vocabulary.ts`):
 * `warrenty` → `warranty`. The search page loads this, and the vocabulary, only when a search
 * finds little. Runs in the browser.
 *
 * The lookup compares the word with every known word of a close enough length, with talisman's
 * bounded Damerau–Levenshtein distance (it gives up on a word as soon as it is too far). For a
 * vocabulary of up to 20,000 words that takes milliseconds and needs no index; a SymSpell index
 * reaching two edits takes a second to build in a browser for that many words.
 */
import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein.js';
import { editsAllowed } from './spelling-rules.ts';
import { foldWord, SHORTEST_WORD, type Vocabulary } from './vocabulary.ts';

export interface Correction {
  /** The search with each unknown word replaced: `warranty claim`. */
  query: string;
  /** The words replaced, as typed and as corrected. */
  changes: { typed: string; corrected: string }[];
}

export interface Speller {
  /**
   * The corrected search, or undefined when every word is known or none has a close enough word.
   * With `only`, the other words are left as typed.
   */
  correct(query: string, only?: readonly string[]): Correction | undefined;
}

/**
 * A speller over one language's vocabulary. A word is known when the vocabulary has it (accents
 * and case aside); an unknown word becomes the closest known word within the edits its length
 * allows, the most frequent of the closest ones. Numbers and short words are left as typed.
 */
export function createSpeller(vocabulary: Vocabulary): Speller {
  /** Folded word → the word as shown and how often it was indexed. */
  const known = new Map<string, { word: string; count: number }>();
  for (const [k, word] of vocabulary.words.entries()) {
    const folded = foldWord(word);
    if (folded.length >= SHORTEST_WORD && !known.has(folded)) known.set(folded, { word, count: vocabulary.counts[k] ?? 0 });
  }
  const words = [...known];

  const closest = (folded: string): string | undefined => {
    const edits = editsAllowed(folded.length);
    if (edits === 0 || known.has(folded) || /\p{N}/u.test(folded)) return undefined;
    let best: { word: string; count: number; distance: number } | undefined;
    for (const [candidate, entry] of words) {
      if (Math.abs(candidate.length - folded.length) > edits) continue;
      const distance = damerauLevenshtein.limited(edits, folded, candidate);
      if (distance > edits) continue;
      if (!best || distance < best.distance || (distance === best.distance && entry.count > best.count)) best = { ...entry, distance };
    }
    return best?.word;
  };

  return {
    correct(query, only) {
      const changes: Correction['changes'] = [];
      const checked = only ? new Set(only.map(foldWord)) : undefined;
      const corrected = query.replace(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu, (typed) => {
        if (checked && !checked.has(foldWord(typed))) return typed;
        const word = closest(foldWord(typed));
        if (word === undefined) return typed;
        changes.push({ typed, corrected: word });
        return word;
      });
      return changes.length > 0 ? { query: corrected, changes } : undefined;
    },
  };
}
