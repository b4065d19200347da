import { describe, expect, it } from 'vitest';
import { sourceOffsetOf } from '../../src/policy/text/align.ts';
import { hashtagsIn, isCamelCase } from '../../src/policy/text/hashtags.ts';
import { compileTerms, quickLookCase } from '../../src/policy/text/terms.ts';

const match = (terms: [string, boolean][], text: string) =>
  compileTerms(terms.map(([term, caseSensitive]) => ({ term, caseSensitive, entry: term })))(text).map((m) => [m.text, m.start]);

describe('term matching', () => {
  it('skips, at a glance, a text without any first word of a term, and reads the others word by word', () => {
    const matcher = compileTerms([
      { term: 'Gearhaven Bikes', caseSensitive: true, entry: 'competitor' },
      { term: 'ΟΔΟΣ', caseSensitive: false, entry: 'greek' },
    ]);
    expect(matcher.mayMatch(quickLookCase('Nothing to see on the ride today'))).toBe(false);
    expect(matcher.mayMatch(quickLookCase('GEARHAVENS'))).toBe(false);
    // The glance ignores case; the word-by-word reading decides.
    expect(matcher.mayMatch(quickLookCase('GEARHAVEN BIKES'))).toBe(true);
    expect(matcher('GEARHAVEN BIKES')).toEqual([]);
    // A final Σ lowers differently in a word than in a text: the glance still sees it.
    expect(matcher.mayMatch(quickLookCase("ΟΔΟΣ'Α"))).toBe(true);
    expect(matcher("ΟΔΟΣ'Α").map((m) => m.text)).toEqual(['ΟΔΟΣ']);
  });

  it('is whole-word and ignores case unless told otherwise', () => {
    expect(match([['election', false]], 'Election day, not a selection or elections.')).toEqual([['Election', 0]]);
    expect(match([['NDA', true]], 'An NDA, a nda, a Honda.')).toEqual([['NDA', 3]]);
  });

  it('matches phrases across any whitespace, preferring the longest term', () => {
    expect(match([['Tidewater', true], ['Tidewater Cycles', true]], 'Tidewater\n  Cycles and Tidewater.')).toEqual([
      ['Tidewater\n  Cycles', 0],
      ['Tidewater', 23],
    ]);
    expect(match([['Tidewater Cycle', true], ['Tidewater', true]], 'Tidewater Cyclesmith')).toEqual([['Tidewater', 0]]);
  });

  it('handles terms that start or end with punctuation', () => {
    expect(match([["Tidewater Cycle's", true], ['#TidewaterEmployee', false]], "Tidewater Cycle's bike #tidewateremployee #TidewaterEmployees")).toEqual([
      ["Tidewater Cycle's", 0],
      ['#tidewateremployee', 23],
    ]);
  });

  it('works for accented and non-Latin words', () => {
    expect(match([['società', false]], 'La Società è nuova; sociétà no.')).toEqual([['Società', 3]]);
  });
});

describe('source positions', () => {
  it('finds a value character inside a quoted, escaped or folded YAML scalar', () => {
    expect(sourceOffsetOf('say "hi"', '"say \\"hi\\""', 5)).toBe(7);
    expect(sourceOffsetOf('one two', 'one\n  two', 4)).toBe(6);
    expect(sourceOffsetOf('line\nnext', '|\n  line\n  next', 5)).toBe(11);
  });
});

describe('hashtags', () => {
  it('finds hashtags but not anchors or numbers', () => {
    expect(hashtagsIn('Go #RideToWork! page#top #1 &#39; #Milano2026').map((h) => h.tag)).toEqual(['RideToWork', 'Milano2026']);
  });

  it('CamelCase: capital first, not all capitals when long, scripts without capitals pass', () => {
    expect(['RideToWork', 'EU', 'TidewaterEmployee', '2026Rides', '骑车'].every(isCamelCase)).toBe(true);
    expect(['ridetowork', 'rideToWork', 'RIDETOWORK'].some(isCamelCase)).toBe(false);
  });
});
