import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { foldWord, VocabularyBuilder, wordsOf } from '../../src/search/vocabulary.ts';
import { countWords, writeVocabularies } from '../../src/search/index-vocabulary.ts';

describe('the vocabulary of typo corrections', () => {
  it('counts a word once however it is capitalised, written as most often indexed', () => {
    const builder = new VocabularyBuilder();
    builder.add('en', 'Warranty. The warranty covers the frame; WARRANTY questions go to Customer Care.');
    const { words, counts } = builder.vocabulary('en');
    expect(words[0]).toBe('warranty');
    expect(counts[0]).toBe(3);
    expect(words).not.toContain('Warranty');
  });

  it('folds accents as Pagefind does, so perché and perche are one word, kept with its accent', () => {
    const builder = new VocabularyBuilder();
    builder.add('it', 'Perché condividere? perché funziona. Perche no.');
    const { words, counts } = builder.vocabulary('it');
    expect(words[0]).toBe('perché');
    expect(counts[0]).toBe(3);
    expect(words.filter((word) => foldWord(word) === 'perche')).toHaveLength(1);
    expect(foldWord('Città')).toBe('citta');
  });

  it('splits at any white space, keeps apostrophes inside a word and drops a word joined to a digit', () => {
    const text = '\t Ride\u00a0the\ncoast,\u2003l\'acqua and rock’n’roll (x2)\r\nE-bike  ';
    expect(wordsOf(text)).toEqual(['ride', 'the', 'coast', "l'acqua", 'and', 'rock’n’roll', 'e', 'bike']);
    const builder = new VocabularyBuilder();
    builder.add('en', text);
    builder.add('en', text);
    expect(new Map(builder.countsOf('en'))).toEqual(new Map(wordsOf(text).map((word) => [word, 2])));
  });

  it('leaves out numbers, words with digits and words too short to correct', () => {
    expect(wordsOf('Ride 2026 km on the e5 bike, di ke')).toEqual(['ride', 'km', 'on', 'the', 'bike', 'di', 'ke']);
    const builder = new VocabularyBuilder();
    builder.add('en', 'Ride 2026 km on the e5 bike, 50% off');
    expect(builder.vocabulary('en').words.sort()).toEqual(['bike', 'off', 'ride', 'the']);
  });

  it('keeps the most frequent words first and leaves out the rarest when a language has too many', () => {
    const builder = new VocabularyBuilder();
    builder.add('ms', 'solar solar solar panel panel bateri kilang');
    expect(builder.vocabulary('ms')).toEqual({ words: ['solar', 'panel', 'bateri', 'kilang'], counts: [3, 2, 1, 1] });
    expect(builder.vocabulary('ms', 2).words).toEqual(['solar', 'panel']);
  });

  it('keeps each language apart', () => {
    const builder = new VocabularyBuilder();
    builder.add('en', 'bicycle');
    builder.add('it', 'bicicletta');
    expect(builder.languages()).toEqual(['en', 'it']);
    expect(builder.vocabulary('en').words).toEqual(['bicycle']);
    expect(builder.vocabulary('it').words).toEqual(['bicicletta']);
  });

  it('is written per language from the text Pagefind indexed in every part', async () => {
    const index = mkdtempSync(join(tmpdir(), 'hub-vocabulary-'));
    const fragment = (folder: string, name: string, title: string, content: string) => {
      mkdirSync(join(index, folder, 'fragment'), { recursive: true });
      const json = JSON.stringify({ url: '/x/', content, meta: { title } });
      writeFileSync(join(index, folder, 'fragment', name), gzipSync(Buffer.from(`pagefind_dcd${json}`)));
    };
    fragment('', 'en_abc123.pf_fragment', 'Warranty', 'A warranty covers each frame.');
    fragment('part-2', 'en_def456.pf_fragment', 'Frame', 'Frame sizes.');
    fragment('', 'pt-br_0a1.pf_fragment', 'Garantia', 'A garantia.');
    const sizes = await writeVocabularies(index, [await countWords(index), await countWords(join(index, 'part-2'))]);
    expect(Object.keys(sizes).sort()).toEqual(['en', 'pt-br']);
    const en = JSON.parse(readFileSync(join(index, 'vocabulary-en.json'), 'utf8'));
    expect(en.words.slice(0, 2)).toEqual(['frame', 'warranty']);
    expect(en.counts.slice(0, 2)).toEqual([3, 2]);
    expect(sizes.en?.words).toBe(en.words.length);
  });
});
