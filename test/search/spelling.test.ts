import { describe, expect, it } from 'vitest';
import { createSpeller } from '../../src/search/spelling.ts';
import { editsAllowed } from '../../src/search/spelling-rules.ts';

const speller = createSpeller({
  words: ['the', 'warranty', 'instagram', 'complaint', 'solar', 'sole', 'perché', 'bicicletta', 'ware', 'wars'],
  counts: [50, 12, 9, 7, 6, 5, 4, 3, 2, 1],
});
const corrected = (query: string) => speller.correct(query)?.query;

describe('correcting a mistyped search', () => {
  it('fixes one edit of each kind in a word of 4 to 7 letters', () => {
    expect(corrected('solr')).toBe('solar'); // a letter left out
    expect(corrected('soolar')).toBe('solar'); // a letter too many
    expect(corrected('solor')).toBe('solar'); // a wrong letter
    expect(corrected('sloar')).toBe('solar'); // two letters swapped
  });

  it('fixes up to two edits in a longer word', () => {
    expect(corrected('warrenty')).toBe('warranty');
    expect(corrected('instagarm')).toBe('instagram');
    expect(corrected('complant')).toBe('complaint');
    expect(corrected('bicilcetta')).toBe('bicicletta');
    expect(corrected('wrrenti')).toBeUndefined(); // two edits in a 7-letter word is too far
  });

  it('prefers the closest word, then the most frequent', () => {
    expect(corrected('warw')).toBe('ware'); // ware and wars are both one edit away: ware is more frequent
  });

  it('leaves known words, short words and numbers as they are', () => {
    expect(speller.correct('warranty')).toBeUndefined();
    expect(speller.correct('WARRANTY Perche')).toBeUndefined();
    expect(speller.correct('thw')).toBeUndefined();
    expect(speller.correct('2026')).toBeUndefined();
    expect(editsAllowed(3)).toBe(0);
  });

  it('keeps the rest of the search and says what it changed', () => {
    expect(speller.correct('solar warrenty 2026')).toEqual({
      query: 'solar warranty 2026',
      changes: [{ typed: 'warrenty', corrected: 'warranty' }],
    });
  });

  it('suggests a word with its accent', () => {
    expect(corrected('perchè')).toBeUndefined();
    expect(corrected('pecrhé')).toBe('perché');
  });
});
