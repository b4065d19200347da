/**
 * The output audit's memory between builds: the pages that passed it, by their bytes. A page whose
 * exact HTML passed the same audit (the hub's code, the lock file) with the same settings (the hub's
 * host and `resource_hosts`) passes again, so a rebuild reads only the pages it wrote anew. A page
 * with problems is never remembered: it is audited, and reported, every time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashCodeVersion } from '../lib/code-version.ts';

/** The folder under the cache folder (Astro's cacheDir) where the verdicts are kept. */
const FOLDER = 'output-audit';
/** Bumped when the file's shape changes. */
const FORMAT = 1;

export class PassedPages {
  readonly #dir: string;
  readonly #file: string;
  readonly #before: ReadonlySet<string>;
  readonly #now = new Set<string>();

  private constructor(dir: string, file: string, before: ReadonlySet<string>) {
    this.#dir = dir;
    this.#file = file;
    this.#before = before;
  }

  /** The pages that passed the last audit run with these settings and this code; none when there was none. */
  static open(cacheDir: string, settings: { resourceHosts: readonly string[]; hubHost: string }): PassedPages {
    const dir = join(cacheDir, FOLDER);
    const key = hashCodeVersion(createHash('sha256').update(`format ${FORMAT}\n${JSON.stringify(settings)}\n`)).digest('hex').slice(0, 32);
    const file = join(dir, `${key}.json`);
    let before = new Set<string>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { format: number; passed: string[] };
      if (stored.format === FORMAT) before = new Set(stored.passed);
    } catch {
      // none yet, or unreadable: every page is audited
    }
    return new PassedPages(dir, file, before);
  }

  /** Whether a page with these bytes passed last time; it is remembered for next time either way. */
  passedBefore(digest: string): boolean {
    if (!this.#before.has(digest)) return false;
    this.#now.add(digest);
    return true;
  }

  passed(digest: string): void {
    this.#now.add(digest);
  }

  /** Keeps this run's passed pages only (a deleted page's verdict is never asked for again). */
  save(): void {
    try {
      mkdirSync(this.#dir, { recursive: true });
      for (const name of readdirSync(this.#dir)) if (join(this.#dir, name) !== this.#file) rmSync(join(this.#dir, name), { force: true });
      // Written aside then renamed: two builds at once never read half a file.
      const partial = `${this.#file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify({ format: FORMAT, passed: [...this.#now].sort() }));
      renameSync(partial, this.#file);
    } catch {
      // A read-only or full disk costs the next build its speed, never its result.
    }
  }
}
