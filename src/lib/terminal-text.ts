/**
 * Text from a file or a command line, made safe to print on a terminal. A cell of a CSV export
 * can hold ANSI escape sequences that recolour, rewrite or hide what the terminal shows (or set
 * its title), and bidirectional controls that reorder a line so it reads differently from what
 * it says. Each such character is shown as a visible escape instead, `\x1b` or `\u202e`, so the
 * person sees exactly what the file holds and nothing in it can act on their terminal.
 *
 * Escaped: every control character (C0, DEL, C1, line breaks included: one message is one
 * line), the Unicode line and paragraph separators, and the bidirectional marks, embeddings,
 * overrides and isolates. Everything else, accents, CJK and emoji included, prints as it is.
 */
export function forTerminal(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    out += isUnsafe(code) ? escape(code) : char;
  }
  return out;
}

/**
 * A message of several lines, each made safe by forTerminal: the line breaks between the lines are
 * the command's own, so they stay; everything within a line is escaped as above.
 */
export function linesForTerminal(text: string): string {
  return text.split('\n').map(forTerminal).join('\n');
}

function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c || // Arabic letter mark
    code === 0x200e || // left-to-right mark
    code === 0x200f || // right-to-left mark
    (code >= 0x2028 && code <= 0x202e) || // line and paragraph separators, embeddings and overrides
    (code >= 0x2066 && code <= 0x2069) // isolates
  );
}

function escape(code: number): string {
  const hex = code.toString(16);
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
