/**
 * The content check's findings kept between runs, so that a rebuild checks only the files that
 * changed and CI's second check (the build after `npm run check`) checks nothing.
 *
 * A file's findings are reused only when all of these are as they were:
 * - the file's bytes and its path (findings name the file);
 * - the run's inputs, one key for all files: the checker's version (the hub's source code and the
 *   lock file), every content file that is not a page (policy.yaml, hub.yaml, campaigns, images:
 *   rules read them while checking a page) and the working directory (findings show paths from it);
 * - for a file whose check read "today" (the date rules), the same today.
 * Anything else runs the rules again. A cache that cannot be read is no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { filesUnder, hashCodeVersion } from '../lib/code-version.ts';
import { classify } from '../reading/discover.ts';
import type { ContentFile, ContentKind } from '../reading/document.ts';
import type { Finding } from '../reading/finding.ts';

/** The folder under a cache folder (Astro's cacheDir) where the check keeps its findings. */
const FOLDER = 'content-check';
/** Bumped when the cache file's shape changes. */
const FORMAT = 1;

/** The cache folder the check and the build share: HUB_CACHE_DIR, else Astro's default cacheDir. */
export function defaultCacheDir(cwd: string = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  return resolve(cwd, env.HUB_CACHE_DIR || join('node_modules', '.astro'));
}

interface Entry {
  /** SHA-256 of the file's bytes. */
  sha: string;
  findings: Finding[];
  /** The "today" the check read, when it read one (ISO); the entry holds only on that day. */
  today?: string;
}

export class CheckCache {
  readonly #file: string;
  readonly #dir: string;
  readonly #entries: Map<string, Entry>;
  #changed = false;

  private constructor(dir: string, runKey: string, entries: Map<string, Entry>) {
    this.#dir = dir;
    this.#file = join(dir, `${runKey}.json`);
    this.#entries = entries;
  }

  /** Opens the cache for one run of the check over the content folder `contentDir`. */
  static open(cacheDir: string, contentDir: string): CheckCache {
    const dir = join(cacheDir, FOLDER);
    const runKey = runKeyOf(contentDir);
    let entries = new Map<string, Entry>();
    try {
      const stored = JSON.parse(readFileSync(join(dir, `${runKey}.json`), 'utf8')) as { format: number; entries: [string, Entry][] };
      if (stored.format === FORMAT) entries = new Map(stored.entries);
    } catch {
      // none yet, or unreadable: every file is checked
    }
    return new CheckCache(dir, runKey, entries);
  }

  /** The file's bytes as the cache knows them, and its findings when they still hold. */
  lookup(file: ContentFile, today: Date): { sha: string; findings?: Finding[] } {
    const sha = createHash('sha256').update(readFileSync(file.path)).digest('hex');
    const entry = this.#entries.get(file.path);
    if (!entry || entry.sha !== sha || (entry.today !== undefined && entry.today !== today.toISOString())) return { sha };
    return { sha, findings: entry.findings };
  }

  store(path: string, sha: string, findings: Finding[], today: Date | undefined): void {
    this.#entries.set(path, { sha, findings, ...(today ? { today: today.toISOString() } : {}) });
    this.#changed = true;
  }

  /** Keeps only the files of this run (`keep`, when the run checked them all), and writes the cache. */
  save(keep?: ReadonlySet<string>): void {
    if (keep) {
      for (const path of this.#entries.keys()) {
        if (!keep.has(path)) {
          this.#entries.delete(path);
          this.#changed = true;
        }
      }
    }
    if (!this.#changed) return;
    try {
      mkdirSync(this.#dir, { recursive: true });
      // Findings of other versions of the run's inputs will not be asked for again.
      for (const name of readdirSync(this.#dir)) if (join(this.#dir, name) !== this.#file) rmSync(join(this.#dir, name), { force: true });
      // Written aside then renamed: a check and a build at once never read half a file.
      const partial = `${this.#file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify({ format: FORMAT, entries: [...this.#entries] }));
      renameSync(partial, this.#file);
    } catch {
      // A read-only or full disk costs the next run its speed, never its result.
    }
  }
}

/** One key for everything a run's findings depend on besides the checked files themselves. */
function runKeyOf(contentDir: string): string {
  const hash = hashCodeVersion(createHash('sha256').update(`format ${FORMAT}\ncwd ${process.cwd()}\ncontent ${resolve(contentDir)}\n`));
  for (const path of filesUnder(contentDir)) {
    if (!isPage(contentDir, path)) hash.update(`content ${relative(contentDir, path)}\n`).update(readFileSync(path)).update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Posts, guidelines and FAQ answers: the files the cache keys one by one. */
function isPage(contentDir: string, path: string): boolean {
  const classified = classify(contentDir, path);
  return 'file' in classified && PAGE_KINDS.has(classified.file.kind);
}

const PAGE_KINDS: ReadonlySet<ContentKind> = new Set(['post', 'guideline', 'faq']);
