import { mkdirSync, readdirSync } from 'node:fs';
import type { PagefindApi, PagefindIndexApi } from '../../src/search/index-site.ts';

type Step = 'createIndex' | 'addDirectory' | 'addHTMLFile' | 'writeFiles';

/** The HTML files under a folder, as Pagefind would find them there. */
function htmlFilesIn(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** A stand-in for Pagefind's Node API that records what it was asked and fails the steps it is told to. */
export function fakePagefind(
  failing: Partial<Record<Step, string[]>> = {},
  options: { noIndex?: boolean; closeFails?: boolean; failOnCall?: { step: Step; call: number; errors: string[] } } = {},
) {
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
  const index: PagefindIndexApi = {
    async addDirectory(directory) {
      calls.push({ step: 'addDirectory', argument: directory });
      const pages = htmlFilesIn(directory.path);
      folders.push(pages);
      return { errors: errorsOf('addDirectory'), page_count: pages.length };
    },
    async addHTMLFile(file) {
      calls.push({ step: 'addHTMLFile', argument: file.url });
      added.push(file);
      return { errors: errorsOf('addHTMLFile') };
    },
    async writeFiles(written) {
      calls.push({ step: 'writeFiles', argument: written });
      mkdirSync(written.outputPath, { recursive: true });
      return { errors: errorsOf('writeFiles'), outputPath: written.outputPath };
    },
    async deleteIndex() {
      calls.push({ step: 'deleteIndex' });
      return null;
    },
  };
  const api: PagefindApi = {
    async createIndex() {
      calls.push({ step: 'createIndex' });
      return { errors: errorsOf('createIndex'), index: options.noIndex ? undefined : index };
    },
    async close() {
      closed += 1;
      if (options.closeFails) throw new Error('the Pagefind process had already gone');
      return null;
    },
  };
  return { api, calls, added, folders, closedCount: () => closed };
}
