import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VocabularyBuilder, vocabularyFile } from './vocabulary.ts';
import { replaceFile } from '../lib/replace-file.ts';

/** Pagefind writes each page's indexed text in a gzipped fragment file that starts with this. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** How many words each language's vocabulary holds, and the size of its file in bytes. */
export type VocabularySizes = Record<string, { words: number; bytes: number }>;

/** The words one part of the index holds, per language, with how often each was indexed: kept with the part between builds. */
export type WordCounts = [language: string, words: [word: string, count: number][]][];

/** Counts the words of the text Pagefind indexed in one part (its fragment files, named `<language>_<hash>.pf_fragment`). */
export async function countWords(partFolder: string): Promise<WordCounts> {
  const builder = new VocabularyBuilder();
  const fragments = join(partFolder, 'fragment');
  const files = (await readdir(fragments).catch(() => [] as string[])).filter((file) => file.endsWith('.pf_fragment')).sort();
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const texts = await Promise.all(batch.map(async (file) => fragmentText(await readFile(join(fragments, file)))));
    for (const [k, file] of batch.entries()) builder.add(fragmentLanguage(file), texts[k]!);
  }
  return builder.languages().map((language) => [language, builder.countsOf(language)]);
}

/** Writes `vocabulary-<language>.json` next to Pagefind's files, from the words of every part. */
export async function writeVocabularies(outputPath: string, parts: readonly WordCounts[], maxWords?: number): Promise<VocabularySizes> {
  const builder = new VocabularyBuilder();
  for (const part of parts) for (const [language, words] of part) builder.addCounts(language, words);
  const sizes: VocabularySizes = {};
  for (const language of builder.languages()) {
    const vocabulary = builder.vocabulary(language, maxWords);
    const json = `${JSON.stringify(vocabulary)}\n`;
    // Beside a part that may be linked from the cache: never written through a link.
    await replaceFile(join(outputPath, vocabularyFile(language)), json);
    sizes[language] = { words: vocabulary.words.length, bytes: Buffer.byteLength(json) };
  }
  return sizes;
}

/** `pt-br_0a1b2c.pf_fragment` → `pt-br` (the hash has no `_`). */
function fragmentLanguage(file: string): string {
  const name = file.slice(0, -'.pf_fragment'.length);
  return name.slice(0, name.lastIndexOf('_'));
}

/** The title and text of a page as Pagefind indexed them. */
function fragmentText(gzipped: Buffer): string {
  const raw = gunzipSync(gzipped).toString('utf8');
  const json = raw.startsWith(FRAGMENT_SIGNATURE) ? raw.slice(FRAGMENT_SIGNATURE.length) : raw;
  const fragment = JSON.parse(json) as { content?: string; meta?: { title?: string } };
  return `${fragment.meta?.title ?? ''}\n${fragment.content ?? ''}`;
}
