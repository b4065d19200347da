import type { PagefindApi, PagefindIndexApi } from '../../src/search/index-site.ts';

type Step = 'createIndex' | 'addDirectory' | 'addHTMLFile' | 'writeFiles';

/** A stand-in for Pagefind's Node API that records what it was asked and fails the steps it is told to. */
export function fakePagefind(failing: Partial<Record<Step, string[]>> = {}, options: { noIndex?: boolean; closeFails?: boolean } = {}) {
  const calls: { step: string; argument?: unknown }[] = [];
  const added: { url: string; content: string }[] = [];
  let closed = 0;
  const index: PagefindIndexApi = {
    async addDirectory(directory) {
      calls.push({ step: 'addDirectory', argument: directory });
      return { errors: failing.addDirectory ?? [], page_count: 3 };
    },
    async addHTMLFile(file) {
      calls.push({ step: 'addHTMLFile', argument: file.url });
      added.push(file);
      return { errors: failing.addHTMLFile ?? [] };
    },
    async writeFiles(written) {
      calls.push({ step: 'writeFiles', argument: written });
      return { errors: failing.writeFiles ?? [], outputPath: written.outputPath };
    },
  };
  const api: PagefindApi = {
    async createIndex() {
      calls.push({ step: 'createIndex' });
      return { errors: failing.createIndex ?? [], index: options.noIndex ? undefined : index };
    },
    async close() {
      closed += 1;
      if (options.closeFails) throw new Error('the Pagefind process had already gone');
      return null;
    },
  };
  return { api, calls, added, closedCount: () => closed };
}
