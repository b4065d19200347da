import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { OpenPagefind, PagefindApi, PagefindIndexApi } from '../../src/search/index-site.ts';

type Step = 'createIndex' | 'addDirectory' | 'addHTMLFile' | 'writeFiles';

/** What the fake writes into an index folder: the pages and records it was given, as Pagefind would index them. */
export const FAKE_INDEX_FILE = 'fake-index.json';

/** The HTML files under a folder, as Pagefind would find them there. */
function htmlFilesIn(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

export interface FakeOptions {
  noIndex?: boolean;
  closeFails?: boolean;
  failOnCall?: { step: Step; call: number; errors: string[] };
  /** Milliseconds a writeFiles takes, by the folder it writes to. */
  writeDelay?: (outputPath: string) => number | Promise<void>;
  /** Where every fake sharing it notes each folder it wrote, in the order written. */
  writes?: string[];
}

/**
 * A stand-in for Pagefind's Node API that records what it was asked and fails the steps it is told to.
 * Each index it writes holds {@link FAKE_INDEX_FILE} and a fragment file per page (whose text is the
 * page's path), so that the folders and vocabularies written show which pages went where.
 */
export function fakePagefind(failing: Partial<Record<Step, string[]>> = {}, options: FakeOptions = {}) {
  const calls: { step: string; argument?: unknown }[] = [];
  /** The errors of a step: always those in `failing`, or those of `failOnCall` on its nth call only. */
  const errorsOf = (step: Step) => {
    const call = calls.filter((made) => made.step === step).length;
    const late = options.failOnCall;
    return late && late.step === step && late.call === call ? late.errors : (failing[step] ?? []);
  };
  /** For each addDirectory, the pages the folder held at that moment. */
  const folders: string[][] = [];
  const added: { url: string; content: string }[] = [];
  let closed = 0;
  const newIndex = (): PagefindIndexApi => {
    const pages: string[] = [];
    const records: string[] = [];
    return {
      async addDirectory(directory) {
        calls.push({ step: 'addDirectory', argument: directory });
        const found = htmlFilesIn(directory.path);
        folders.push(found);
        pages.push(...found);
        return { errors: errorsOf('addDirectory'), page_count: found.length };
      },
      async addHTMLFile(file) {
        calls.push({ step: 'addHTMLFile', argument: file.url });
        added.push(file);
        records.push(file.url);
        return { errors: errorsOf('addHTMLFile') };
      },
      async writeFiles(written) {
        calls.push({ step: 'writeFiles', argument: written });
        const delay = options.writeDelay?.(written.outputPath) ?? 0;
        await (typeof delay === 'number' ? sleep(delay) : delay);
        const errors = errorsOf('writeFiles');
        if (errors.length === 0) {
          mkdirSync(join(written.outputPath, 'fragment'), { recursive: true });
          writeFileSync(join(written.outputPath, FAKE_INDEX_FILE), JSON.stringify({ pages, records }));
          for (const page of pages) {
            const name = `en_${createHash('sha256').update(page).digest('hex').slice(0, 12)}.pf_fragment`;
            writeFileSync(join(written.outputPath, 'fragment', name), gzipSync(JSON.stringify({ content: page.split(/[/.-]/).join(' ') })));
          }
        }
        options.writes?.push(written.outputPath);
        return { errors, outputPath: written.outputPath };
      },
      async deleteIndex() {
        calls.push({ step: 'deleteIndex' });
        return null;
      },
    };
  };
  const api: PagefindApi = {
    async createIndex() {
      calls.push({ step: 'createIndex' });
      return { errors: errorsOf('createIndex'), index: options.noIndex ? undefined : newIndex() };
    },
    async close() {
      closed += 1;
      if (options.closeFails) throw new Error('the Pagefind process had already gone');
      return null;
    },
  };
  /** Opens this one fake for whichever lane asks. */
  const open: OpenPagefind = async () => api;
  return { api, open, calls, added, folders, closedCount: () => closed };
}

/** A fake Pagefind per lane, made by `make(lane)` when the indexer opens that lane. */
export function fakeLanes(make: (lane: number) => ReturnType<typeof fakePagefind> = () => fakePagefind()) {
  const lanes: ReturnType<typeof fakePagefind>[] = [];
  const open: OpenPagefind = async (lane) => {
    const fake = make(lane);
    lanes[lane] = fake;
    return fake.api;
  };
  return { open, lanes };
}
