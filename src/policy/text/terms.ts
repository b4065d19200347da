import { escapeRegExp } from '../../lib/regexp.ts';

/** A word or phrase to look for, and what it stands for (a banned topic, a brand spelling…). */
export interface TermSpec<T> {
  term: string;
  caseSensitive: boolean;
  entry: T;
}

export interface TermMatch<T> {
  start: number;
  end: number;
  /** The text as written in the content. */
  text: string;
  term: string;
  entry: T;
}

/** A word of a text: a maximal run of letters, marks, digits and `_`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Finds terms in a text; pass the text's tokens when several matchers read the same text. */
export interface TermMatcher<T> {
  (text: string, tokens?: readonly Token[]): TermMatch<T>[];
  /**
   * A quick look before the word-by-word reading: false when the text (in `quickLookCase`) cannot
   * hold any of the terms, because not one term's first word appears in it as a whole word.
   */
  mayMatch(text: string): boolean;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}_]$/u;
/** Whether each UTF-16 unit is part of a word: 0 not yet known, 1 yes, 2 no (filled as met). */
const wordUnits = new Uint8Array(65_536);

function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  let known = wordUnits[code];
  if (!known) {
    // A surrogate stands for a character outside the BMP: judge the whole code point.
    const char = code >= 0xd800 && code <= 0xdfff ? String.fromCodePoint(text.codePointAt(code <= 0xdbff ? index : index - 1) ?? code) : String.fromCharCode(code);
    const word = WORD_CHAR.test(char);
    if (code >= 0xd800 && code <= 0xdfff) return word;
    known = word ? 1 : 2;
    wordUnits[code] = known;
  }
  return known === 1;
}

/** The words of a text, left to right (a hand-written scanner: this runs on every piece of prose). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordUnit(text, i)) i++;
    const word = text.slice(start, i);
    tokens.push({ start, end: i, text: word, lower: lower(word) });
  }
  return tokens;
}

/** A term split the way texts are: its words, what stands between them, and before and after. */
interface CompiledTerm<T> {
  spec: TermSpec<T>;
  words: string[];
  /** `separators[i]` stands between words i and i+1; `null` means "any whitespace". */
  separators: (string | null)[];
  prefix: string;
  suffix: string;
}

/**
 * Compiles many terms into one lookup by first word, so each text is read once, word by word,
 * however long the policy's lists grow (as Vale does). Matching is whole-word (a term never
 * matches inside a longer word), a space in a term matches any run of spaces or line breaks, and
 * the longest term wins where several start at the same word ("Tidewater Cycles" over "Tidewater").
 */
export function compileTerms<T>(specs: readonly TermSpec<T>[]): TermMatcher<T> {
  // First word as written (case-sensitive terms) or in lower case (the others).
  const exact = new Map<string, CompiledTerm<T>[]>();
  const folded = new Map<string, CompiledTerm<T>[]>();
  for (const spec of specs) {
    const compiled = compileTerm(spec);
    if (!compiled) continue;
    const index = spec.caseSensitive ? exact : folded;
    const first = compiled.words[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), compiled].sort(longestFirst));
  }
  const match = (text: string, tokens: readonly Token[] = tokenize(text)): TermMatch<T>[] => {
    const matches: TermMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const own = exact.get(token.text);
      const any = folded.get(token.lower);
      if (!own && !any) continue;
      const candidates = own && any ? [...own, ...any].sort(longestFirst) : ((own ?? any) as CompiledTerm<T>[]);
      for (const term of candidates) {
        const found = matchAt(term, text, tokens, i);
        if (!found) continue;
        matches.push({ start: found.start, end: found.end, text: text.slice(found.start, found.end), term: term.spec.term, entry: term.spec.entry });
        i = found.lastToken;
        break;
      }
    }
    return matches;
  };
  // Every term's first word as one pattern: most texts hold none of them, and one pass of the
  // regular expression engine over the text is far cheaper than splitting it into words.
  const firstWords = [...new Set([...exact.keys(), ...folded.keys()].map((word) => quickLookCase(word)))].sort((a, b) => b.length - a.length);
  const anyFirstWord =
    firstWords.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${firstWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`, 'u') : undefined;
  return Object.assign(match, { mayMatch: (text: string) => anyFirstWord !== undefined && anyFirstWord.test(text) });
}

/**
 * The case the quick look compares in: lower case, with Greek final sigma as plain sigma (a word's
 * last Σ lowers to ς or σ depending on what follows it, which differs between a word and a text).
 */
export function quickLookCase(text: string): string {
  const lowered = text.toLowerCase();
  return lowered.includes('ς') ? lowered.replaceAll('ς', 'σ') : lowered;
}

function compileTerm<T>(spec: TermSpec<T>): CompiledTerm<T> | undefined {
  const term = spec.term.trim();
  const words = tokenize(term);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined; // a term without a letter or digit cannot be matched by words
  const separators = words.slice(1).map((word, i) => {
    const between = term.slice((words[i] as Token).end, word.start);
    return /^\s+$/.test(between) ? null : between;
  });
  return {
    spec,
    words: words.map((word) => (spec.caseSensitive ? word.text : word.lower)),
    separators,
    prefix: term.slice(0, first.start),
    suffix: term.slice(last.end),
  };
}

function matchAt<T>(term: CompiledTerm<T>, text: string, tokens: readonly Token[], index: number): { start: number; end: number; lastToken: number } | undefined {
  const same = (a: string, b: string) => (term.spec.caseSensitive ? a === b : lower(a) === lower(b));
  for (let w = 0; w < term.words.length; w++) {
    const token = tokens[index + w];
    if (!token || (term.spec.caseSensitive ? token.text : token.lower) !== term.words[w]) return undefined;
    if (w > 0) {
      const between = text.slice((tokens[index + w - 1] as Token).end, token.start);
      const wanted = term.separators[w - 1];
      if (wanted === null ? !/^\s+$/.test(between) : !same(between, wanted ?? '')) return undefined;
    }
  }
  const firstToken = tokens[index] as Token;
  const lastToken = tokens[index + term.words.length - 1] as Token;
  const start = firstToken.start - term.prefix.length;
  const end = lastToken.end + term.suffix.length;
  if (start < 0 || !same(text.slice(start, firstToken.start), term.prefix)) return undefined;
  if (end > text.length || !same(text.slice(lastToken.end, end), term.suffix)) return undefined;
  return { start, end, lastToken: index + term.words.length - 1 };
}

function longestFirst<T>(a: CompiledTerm<T>, b: CompiledTerm<T>): number {
  return b.spec.term.length - a.spec.term.length;
}

function lower(text: string): string {
  return text.toLowerCase();
}
