import { describe, expect, it } from 'vitest';
import { collapseSpaces, htmlToPlainText } from '../../src/curate/plain-text.ts';

describe('feed text as it goes into a post', () => {
  it('drops control characters and direction overrides that no reader sees', () => {
    expect(collapseSpaces('New\u001b[31m oven\u0007 \u009bopens\u202e today\u2066')).toBe('New[31m oven opens today');
  });

  it('keeps letters, emoji sequences and the marks right-to-left text needs', () => {
    expect(collapseSpaces('Caffè 👩‍🍳 \u200fمخبز\u200f  new\n oven')).toBe('Caffè 👩‍🍳 \u200fمخبز\u200f new oven');
  });

  it('cleans text read out of HTML the same way', () => {
    expect(htmlToPlainText('<p>Bread<script>x()</script> \u202eand\u202c <b>rolls</b></p>')).toBe('Bread and rolls');
  });
});
