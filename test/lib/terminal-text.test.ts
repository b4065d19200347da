import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/lib/terminal-text.ts';

describe('forTerminal', () => {
  it.each([
    ['an ANSI colour and a screen clear', '\u001b[2J\u001b[31mred\u001b[0m', '\\x1b[2J\\x1b[31mred\\x1b[0m'],
    ['a terminal title (OSC) ended by BEL', '\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['a carriage return that would overwrite the line', 'ok\rFAKE', 'ok\\x0dFAKE'],
    ['a line break inside a cell', 'two\nlines', 'two\\x0alines'],
    ['a C1 control (CSI)', 'a\u009bb', 'a\\x9bb'],
    ['a right-to-left override that reorders the line', 'file\u202Etxt.exe', 'file\\u202etxt.exe'],
    ['an isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
  ])('shows %s escaped', (_what, text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it('leaves letters of every script, emoji and punctuation alone', () => {
    const text = 'Café Zürich 東京 مرحبا 👩🏽‍💻 "1,234" – ok';
    expect(forTerminal(text)).toBe(text);
  });
});
