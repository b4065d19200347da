/**
 * Line breaking for the drawn preview images. SVG does not wrap text, and the font is whatever
 * sans-serif the build machine has, so widths are estimated from character classes, on the
 * generous side: a line that is estimated too wide wraps early, which looks fine; one estimated
 * too narrow would run off the image.
 */

/**
 * Advance widths in em of DejaVu Sans Bold, the widest common fallback for `sans-serif` (measured
 * by drawing each character with sharp). Narrower fonts such as Liberation Sans or Arial simply
 * leave a little more room at the end of a line.
 */
const ASCII_WIDTHS: Record<string, number> = {
  ' ': 0.35, a: 0.68, b: 0.72, c: 0.6, d: 0.72, e: 0.68, f: 0.44, g: 0.72, h: 0.72, i: 0.35, j: 0.35, k: 0.67, l: 0.35,
  m: 1.05, n: 0.72, o: 0.69, p: 0.72, q: 0.72, r: 0.5, s: 0.6, t: 0.48, u: 0.72, v: 0.66, w: 0.93, x: 0.65, y: 0.66,
  z: 0.59, A: 0.78, B: 0.77, C: 0.74, D: 0.83, E: 0.69, F: 0.69, G: 0.82, H: 0.84, I: 0.38, J: 0.38, K: 0.78, L: 0.64,
  M: 1.0, N: 0.84, O: 0.85, P: 0.74, Q: 0.85, R: 0.77, S: 0.68, T: 0.71, U: 0.82, V: 0.78, W: 1.11, X: 0.78, Y: 0.73,
  Z: 0.73, '.': 0.38, ',': 0.38, ':': 0.4, ';': 0.4, "'": 0.31, '’': 0.38, '!': 0.46, '?': 0.58, '"': 0.53, '|': 0.37,
  '-': 0.42, '–': 0.5, '—': 1.0, '(': 0.46, ')': 0.46, '&': 0.88, '%': 1.01, '#': 0.84, '@': 1.0, '/': 0.37,
};

/** Advance width of a character, as a fraction of the font size. */
export function charWidth(char: string): number {
  const known = ASCII_WIDTHS[char];
  if (known !== undefined) return known;
  if (/[0-9]/.test(char)) return 0.7;
  const code = char.codePointAt(0) ?? 0;
  // CJK, Hangul, fullwidth forms and emoji take a full em (and a little more in bold).
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000) return 1.05;
  // Accented Latin letters are as wide as their base letter.
  const base = char.normalize('NFD').charAt(0);
  return base !== char ? charWidth(base) : 0.74;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize;
}

export interface WrapOptions {
  fontSize: number;
  maxWidth: number;
  maxLines: number;
}

/**
 * Greedy word wrap into at most `maxLines` lines; text that does not fit ends with "…" after the
 * last whole word that fits. A single word longer than a line is cut.
 */
export function wrapTitle(title: string, { fontSize, maxWidth, maxLines }: WrapOptions): { lines: string[]; shortened: boolean } {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const fits = (text: string) => textWidth(text, fontSize) <= maxWidth;
  const lines: string[] = [];
  let current = '';
  while (words.length > 0 && lines.length < maxLines) {
    const word = words[0]!;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      words.shift();
    } else if (current) {
      lines.push(current);
      current = '';
    } else {
      // One word wider than a line: break it, and carry the rest to the next line.
      const head = cutToFit(word, fits);
      lines.push(head);
      words[0] = word.slice(head.length);
    }
  }
  if (current) {
    if (lines.length < maxLines) lines.push(current);
    else words.unshift(current);
  }
  if (words.length === 0) return { lines, shortened: false };
  return { lines: [...lines.slice(0, -1), withEllipsis(lines.at(-1) ?? '', fits)], shortened: true };
}

function cutToFit(word: string, fits: (text: string) => boolean): string {
  const chars = [...word];
  while (chars.length > 1 && !fits(chars.join(''))) chars.pop();
  return chars.join('');
}

/** Drops words (or characters of a lone word) until the line and "…" fit. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  let text = line.replace(/[\s,;:.–-]+$/, '');
  while (text && !fits(`${text}…`)) {
    const space = text.lastIndexOf(' ');
    text = (space > 0 ? text.slice(0, space) : [...text].slice(0, -1).join('')).replace(/[\s,;:.–-]+$/, '');
  }
  return `${text}…`;
}
