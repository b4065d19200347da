import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/**
 * The text a reader would see in a piece of feed HTML: parsed as an HTML fragment the way a
 * browser parses it (character references decoded, `<script>` and `<style>` content dropped),
 * then read as text. Nothing of the markup survives, so a hostile feed's tags end up as words
 * at most, never as code in a post.
 */
export function htmlToPlainText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return collapseSpaces(toText(tree, { whitespace: 'normal' }));
}

/**
 * One line of a feed's text, as it goes into a post: runs of white space (new lines included)
 * become one space, and characters no reader sees are dropped — control characters (C0, C1,
 * DEL) and the bidirectional embeddings, overrides and isolates that can make a title display
 * in another order than it is written (U+202A–U+202E, U+2066–U+2069). This cleans the data;
 * what reaches the terminal is escaped by `forTerminal` where it is printed.
 */
export function collapseSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, '')
    .trim();
}

/** At most `max` characters, cut at the last word boundary and ended with "…" when cut. */
export function trimToLength(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  const cut = characters.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
