/**
 * The words of the search index, one list per language, most frequent first: what the search
 * page corrects a mistyped word to (see `spelling.ts`). Built from the text Pagefind indexed, so
 * it holds exactly the words a search can find. Runs at build time and, for `foldWord`, in the browser.
 */

/** The file of a language's vocabulary, next to Pagefind's files: `vocabulary-it.json`. */
export function vocabularyFile(language: string): string {
  return `vocabulary-${language.toLowerCase()}.json`;
}

/** The content of a vocabulary file: words (accents kept) and how often each was indexed, most frequent first. */
export interface Vocabulary {
  words: string[];
  counts: number[];
}

/**
 * A word as a search compares it: lower case, accents off (`Perché` → `perche`), so that the
 * vocabulary agrees with Pagefind, which finds `perché` when asked for `perche`.
 */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Runs of letters (and the marks on them), as a search box's words are split. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Words with a digit (`2026`, `e5`) are left out: a number mistyped is another number. */
const HAS_DIGIT = /\p{N}/u;

/** What lies between white space: a word is looked for inside it, unless it holds a digit. */
const TOKEN = /\S+/g;

/** The words of a text, in lower case with their accents, each as often as it occurs. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (word) => words.push(word));
  return words;
}

/** Calls `found` with each word of `text` as {@link wordsOf} gives them, without making the list (the build counts millions). */
function eachWord(text: string, found: (word: string) => void): void {
  const tokens = new RegExp(TOKEN);
  const words = new RegExp(WORD);
  for (let token = tokens.exec(text); token; token = tokens.exec(text)) {
    if (HAS_DIGIT.test(token[0])) continue;
    words.lastIndex = 0;
    for (let match = words.exec(token[0]); match; match = words.exec(token[0])) found(match[0].toLowerCase());
  }
}

/** Words shorter than this are neither corrected nor suggested (`the`, `di`, `ke` are too close to everything). */
export const SHORTEST_WORD = 3;
/**
 * The most words one language's vocabulary keeps. A hub's own words number in the thousands;
 * past this the rarest are left out (a name seen once is not worth a byte on every phone).
 */
export const DEFAULT_MAX_WORDS = 20_000;

/** Counts the words of indexed text, per language, and writes them out most frequent first. */
export class VocabularyBuilder {
  readonly #counts = new Map<string, Map<string, number>>();

  add(language: string, text: string): void {
    let counts = this.#counts.get(language);
    if (!counts) this.#counts.set(language, (counts = new Map()));
    eachWord(text, (word) => counts.set(word, (counts.get(word) ?? 0) + 1));
  }

  /** Adds words counted before (a part of the index counted in an earlier build, see {@link countsOf}). */
  addCounts(language: string, counted: Iterable<readonly [word: string, count: number]>): void {
    let counts = this.#counts.get(language);
    if (!counts) this.#counts.set(language, (counts = new Map()));
    for (const [word, count] of counted) counts.set(word, (counts.get(word) ?? 0) + count);
  }

  /** The words counted so far in one language, with how often each was seen. */
  countsOf(language: string): [word: string, count: number][] {
    return [...(this.#counts.get(language) ?? [])];
  }

  languages(): string[] {
    return [...this.#counts.keys()].sort();
  }

  /**
   * One language's vocabulary. Spellings that fold to the same word count as one, written the
   * way they were most often indexed (`perché`, not `perche`); ties go to the alphabet, so the
   * file is the same for the same content.
   */
  vocabulary(language: string, maxWords = DEFAULT_MAX_WORDS): Vocabulary {
    const byFolded = new Map<string, { word: string; seen: number; count: number }>();
    for (const [word, seen] of this.#counts.get(language) ?? []) {
      const folded = foldWord(word);
      if (folded.length < SHORTEST_WORD) continue;
      const entry = byFolded.get(folded);
      if (!entry) byFolded.set(folded, { word, seen, count: seen });
      else {
        entry.count += seen;
        if (seen > entry.seen || (seen === entry.seen && word < entry.word)) Object.assign(entry, { word, seen });
      }
    }
    const ranked = [...byFolded.values()]
      .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
      .slice(0, maxWords);
    return { words: ranked.map((entry) => entry.word), counts: ranked.map((entry) => entry.count) };
  }
}
