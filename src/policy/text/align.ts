/**
 * Where each character of a value stands in the source it was read from. A YAML scalar or a
 * Markdown text node loses quotes, escapes, indentation and folded line breaks on the way to its
 * value; walking both side by side finds, for a match in the value, the exact column in the file.
 * Characters that came from an escape (`\u00e9`, `&amp;`) map to where the escape starts.
 */
export function sourceOffsetOf(value: string, source: string, index: number): number {
  let s = 0;
  for (let v = 0; v < value.length && s < source.length; v++) {
    const found = findNear(source, value[v] ?? '', s);
    if (v === index) return found === -1 ? s : found;
    if (found !== -1) s = found + 1;
  }
  return Math.min(s, source.length);
}

/** How far ahead to look for a character before deciding it came from an escape. */
const WINDOW = 24;

function findNear(source: string, char: string, from: number): number {
  const end = Math.min(source.length, from + WINDOW);
  for (let i = from; i < end; i++) {
    if (source[i] === char) return i;
    // Folded line breaks and indentation become one space in the value.
    if (char === ' ' && (source[i] === '\n' || source[i] === '\r')) return i;
  }
  return -1;
}
