import { describe, expect, it } from 'vitest';
import { unmatchedWords } from '../../src/search/weak-matches.ts';

describe('which words of a search may be typos', () => {
  it('every word long enough to correct, when nothing was found', () => {
    expect(unmatchedWords('solr panel di kilang', undefined)).toEqual(['solr', 'panel', 'kilang']);
  });

  it('a word no highlight of the top result resembles (Pagefind fell back to another word)', () => {
    expect(unmatchedWords('instagarm', ['Post it on <mark>LinkedIn</mark> <mark>in</mark> the morning'])).toEqual(['instagarm']);
  });

  it('not a word found as written, by its beginning, or through its stem', () => {
    expect(unmatchedWords('warranty', ['The <mark>Warranty</mark> covers'])).toEqual([]);
    expect(unmatchedWords('warra', ['The <mark>warranty</mark> covers'])).toEqual([]);
    expect(unmatchedWords('disclose', ['Add a <mark>disclosure</mark>'])).toEqual([]);
    expect(unmatchedWords('perche', ['<mark>Perché</mark> condividere'])).toEqual([]);
  });

  it('none when the top result highlights nothing (the words matched where the excerpt does not show)', () => {
    expect(unmatchedWords('complaint', ['Customer Care answers within a day'])).toEqual([]);
  });

  it('not short words or numbers, which are never corrected', () => {
    expect(unmatchedWords('e5 2026 bike', ['nothing <mark>here</mark>'])).toEqual(['bike']);
  });
});
