/**
 * Synthetic posts for the benchmarks. Body text is drawn from a large made-up vocabulary with a
 * Zipf-like word frequency, as natural language has: repetitive text would make search
 * indexing look cheaper than it is.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';

/** A small, fast, seeded generator so every run writes the same content. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'f', 'g', 'gr', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'm', 'nd', 'st', 'rt'];

/** A vocabulary of distinct made-up words, most frequent first. */
export function makeVocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 1 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) {
      word += ONSETS[Math.floor(random() * ONSETS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]! + CODAS[Math.floor(random() * CODAS.length)]!;
    }
    if (word.length > 1) words.add(word);
  }
  return [...words];
}

/** Draws word ranks with probability ∝ 1/rank^s (s ≈ 1.07 for English text). */
export function zipfSampler(size: number, random: () => number, s = 1.07): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 1; rank <= size; rank++) {
    total += 1 / rank ** s;
    cumulative[rank - 1] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * The number of posts a benchmark's `--posts` asks for. Anything but a whole number above 0 stops
 * the benchmark with a usage error (exit code 2), the same words in every benchmark.
 */
export function postsOption(value: string | undefined): number {
  const posts = Number(value);
  if (!Number.isInteger(posts) || posts < 1) {
    console.error(`--posts must be a whole number above 0, not "${value}"`);
    process.exit(2);
  }
  return posts;
}

export interface SyntheticOptions {
  posts: number;
  /** The real content folder to copy hub.yaml, policy.yaml, campaigns and media from. */
  from: string;
  to: string;
  seed?: number;
  /** Words in each post body (about 3.8 KB of text at 400, the default). */
  bodyWords?: number;
}

/** Writes a content folder with N posts in the default locale, plus the demo's settings and media. */
export function writeSyntheticContent({ posts, from, to, seed = 42, bodyWords = 400 }: SyntheticOptions): void {
  const random = mulberry32(seed);
  const vocabulary = makeVocabulary(20_000, random);
  const nextWord = zipfSampler(vocabulary.length, random);
  const words = (count: number) => Array.from({ length: count }, () => vocabulary[nextWord()]!).join(' ');
  const sentence = (count: number) => {
    const text = words(count);
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };

  mkdirSync(join(to, 'posts', 'en'), { recursive: true });
  for (const file of ['hub.yaml', 'policy.yaml']) {
    if (existsSync(join(from, file))) copyFileSync(join(from, file), join(to, file));
  }
  for (const folder of ['campaigns', 'media']) {
    if (existsSync(join(from, folder))) cpSync(join(from, folder), join(to, folder), { recursive: true });
  }
  const images = existsSync(join(from, 'media')) ? readdirSync(join(from, 'media')).filter((f) => /\.(jpe?g|png|webp)$/i.test(f)) : [];
  const categories = ['internal-announcements', 'product-announcements', 'thought-leadership', 'recruiting'];
  // Campaign posts carry their campaign's hashtag, as the content policy asks.
  const campaigns = existsSync(join(from, 'campaigns'))
    ? readdirSync(join(from, 'campaigns')).map((file) => ({
        id: file.replace(/\.ya?ml$/, ''),
        hashtag: String((parse(readFileSync(join(from, 'campaigns', file), 'utf8')) as { hashtag: string }).hashtag).replace(/^#/, ''),
      }))
    : [];

  for (let i = 0; i < posts; i++) {
    const slug = `post-${String(i).padStart(5, '0')}-${vocabulary[nextWord()]}`;
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 300) * 86_400_000).toISOString().slice(0, 10);
    const campaign = random() < 0.3 && campaigns.length > 0 ? campaigns[Math.floor(random() * campaigns.length)] : undefined;
    const image = random() < 0.7 && images.length > 0 ? images[Math.floor(random() * images.length)] : undefined;
    const caption = () => `${sentence(14)} I work at Tidewater.`;
    const paragraphs = Array.from({ length: 4 }, () =>
      Array.from({ length: Math.ceil(bodyWords / 4 / 12) }, () => sentence(12)).join(' '),
    );
    const frontMatter = [
      '---',
      `title: ${JSON.stringify(sentence(6).slice(0, -1))}`,
      `summary: ${JSON.stringify(sentence(20))}`,
      `category: ${categories[i % categories.length]}`,
      campaign ? `campaign: ${campaign.id}` : undefined,
      `publish_date: ${day}`,
      `featured: ${i % 97 === 0}`,
      'captions:',
      '  linkedin:',
      `    - ${JSON.stringify(caption())}`,
      `    - ${JSON.stringify(caption())}`,
      '  x:',
      `    - ${JSON.stringify(`${sentence(10)} #TidewaterEmployee`)}`,
      '  default:',
      `    - ${JSON.stringify(caption())}`,
      `hashtags: [TidewaterCycles${campaign ? `, ${campaign.hashtag}` : ''}]`,
      image ? `image:\n  src: ${image}\n  alt: ${JSON.stringify(sentence(8))}` : undefined,
      `why_it_matters: ${JSON.stringify(sentence(18))}`,
      'stakeholders: [People & Culture, Product team]',
      '---',
    ].filter((line) => line !== undefined);
    writeFileSync(join(to, 'posts', 'en', `${slug}.md`), `${frontMatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n`);
  }
}
