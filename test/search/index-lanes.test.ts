import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { indexSite, SearchIndexError } from '../../src/search/index-site.ts';
import { openPagefindInWorker, openPagefindLane } from '../../src/search/pagefind-lanes.ts';
import { PARTS_FILE } from '../../src/search/parts.ts';
import { differingFiles } from '../../scripts/lib/folders.ts';
import { fakeLanes, fakePagefind } from './fake-pagefind.ts';
import { copyOf, indexedIn, removeCopies, siteWith } from './built-sites.ts';

afterEach(removeCopies);

/** The folder a part is written to before it is moved into place (`index-1` is the first part's). */
const isFirstPart = (outputPath: string) => outputPath.endsWith('index-1');

/** Pagefind processes this process started that are still running, as `pid stat command` (a closed one may linger as a zombie until reaped). */
function runningPagefinds(): string[] {
  let listed = '';
  try {
    listed = execFileSync('ps', ['-o', 'pid=,stat=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    // ps exits with 1 when there is no child at all.
  }
  return listed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes('pagefind') && !line.split(/\s+/)[1]!.startsWith('Z'));
}

async function noPagefindLeft(): Promise<string[]> {
  for (let wait = 0; wait < 20 && runningPagefinds().length > 0; wait++) await sleep(50);
  return runningPagefinds();
}

describe('parts indexed in two lanes at once', () => {
  it('make the index one lane makes, even when the first part is written last', async () => {
    const alone = siteWith({ en: 16, it: 5 });
    const together = copyOf(alone);
    const one = fakePagefind();
    const single = await indexSite(one.open, { siteDir: alone, pagesPerPart: 4, lanes: 1 });
    expect(single.parts).toBeGreaterThanOrEqual(4);

    const writes: string[] = [];
    // The first part is written only once the other lane has written every other part.
    const othersWritten = async () => {
      for (let wait = 0; wait < 500 && writes.length < single.parts - 1; wait++) await sleep(10);
    };
    const two = fakeLanes(() => fakePagefind({}, { writes, writeDelay: (outputPath) => (isFirstPart(outputPath) ? othersWritten() : 0) }));
    const summary = await indexSite(two.open, { siteDir: together, pagesPerPart: 4, lanes: 2 });

    // The test shows something only if the parts finished out of order, in both lanes.
    expect(writes).toHaveLength(single.parts);
    expect(isFirstPart(writes.at(-1)!)).toBe(true);
    expect(two.lanes).toHaveLength(2);
    for (const lane of two.lanes) expect(lane.folders.length).toBeGreaterThan(0);
    expect(summary).toMatchObject({ parts: single.parts, pages: single.pages, lanes: 2 });
    // Every part in its folder, the same parts list and vocabulary: file for file the same index.
    expect(differingFiles(join(alone, 'pagefind'), join(together, 'pagefind'))).toEqual([]);
    expect(indexedIn(join(together, 'pagefind')).records).toHaveLength(3);
    for (const lane of two.lanes) expect(lane.closedCount()).toBe(1);
    expect(existsSync(join(together, '.search-parts'))).toBe(false);
  });

  it('stop at the first error, which fails the build with Pagefind\'s words, and close every lane', async () => {
    const built = siteWith({ en: 16 });
    const two = fakeLanes((lane) =>
      lane === 1 ? fakePagefind({ writeFiles: ['no space left on device'] }) : fakePagefind({}, { writeDelay: () => 100 }),
    );
    const failure = indexSite(two.open, { siteDir: built, pagesPerPart: 4, lanes: 2 });
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow('no space left on device');
    // The slow lane finished the part it had, and started no other.
    expect(two.lanes.map((lane) => lane.calls.filter((call) => call.step === 'createIndex').length)).toEqual([1, 1]);
    for (const lane of two.lanes) expect(lane.closedCount()).toBe(1);
    expect(existsSync(join(built, '.search-parts'))).toBe(false);
    expect(existsSync(join(built, 'pagefind', PARTS_FILE))).toBe(false);
  });

  it('leave the parts to the other lane when a lane\'s Pagefind cannot be started', async () => {
    const built = siteWith({ en: 12 });
    const two = fakeLanes((lane) => {
      if (lane === 1) throw new Error('no worker thread to be had');
      return fakePagefind();
    });
    const summary = await indexSite(two.open, { siteDir: built, pagesPerPart: 4, lanes: 2 });
    expect(summary.lanes).toBe(1);
    expect(two.lanes[0]!.folders).toHaveLength(summary.parts);
    expect(readdirSync(join(built, 'pagefind')).filter((name) => name.startsWith('part-'))).toHaveLength(summary.parts - 1);
  });

  it('fail the build with the reason when no lane\'s Pagefind can be started', async () => {
    const built = siteWith({ en: 12 });
    const none = fakeLanes(() => {
      throw new Error('Pagefind is not installed');
    });
    await expect(indexSite(none.open, { siteDir: built, pagesPerPart: 4, lanes: 2 })).rejects.toThrow('Pagefind is not installed');
  });

  it('are one lane for a hub of one part', async () => {
    const built = siteWith({ en: 3 });
    const lanes = fakeLanes();
    const summary = await indexSite(lanes.open, { siteDir: built, pagesPerPart: 4, lanes: 2 });
    expect(summary).toMatchObject({ parts: 1, lanes: 1 });
    expect(lanes.lanes).toHaveLength(1);
  });
});

describe('lanes with Pagefind itself', () => {
  it('write, in a worker thread\'s Pagefind beside this thread\'s, the index one Pagefind writes', async () => {
    const alone = siteWith({ en: 24, it: 4 });
    const together = copyOf(alone);
    const single = await indexSite(openPagefindLane, { siteDir: alone, pagesPerPart: 3, lanes: 1 });
    const summary = await indexSite(openPagefindLane, { siteDir: together, pagesPerPart: 3, lanes: 2 });
    expect(summary).toMatchObject({ parts: single.parts, pages: single.pages, languages: single.languages, lanes: 2 });
    expect(single.parts).toBeGreaterThanOrEqual(4);
    expect(differingFiles(join(alone, 'pagefind'), join(together, 'pagefind'))).toEqual([]);
    expect(await noPagefindLeft()).toEqual([]);
  });

  it('stop the worker thread\'s Pagefind when the other lane fails', async () => {
    const built = siteWith({ en: 24 });
    const failing = fakePagefind({}, { failOnCall: { step: 'writeFiles', call: 1, errors: ['no space left on device'] }, writeDelay: () => 300 });
    let started = 0;
    const open = async (lane: number) => {
      if (lane === 0) return failing.api;
      const api = await openPagefindInWorker();
      return { ...api, createIndex: (config?: Record<string, unknown>) => ((started += 1), api.createIndex(config)) };
    };
    const failure = indexSite(open, { siteDir: built, pagesPerPart: 3, lanes: 2 });
    await expect(failure).rejects.toThrow('no space left on device');
    // The worker's Pagefind was at work when the other lane failed.
    expect(started).toBeGreaterThan(0);
    expect(await noPagefindLeft()).toEqual([]);
  });

  it('refuse a call to this thread\'s Pagefind once it is closed, instead of starting a process nobody closes', async () => {
    // Another lane's failure closes this lane's Pagefind while the lane may be between two calls.
    const api = await openPagefindLane(0);
    const created = await api.createIndex({});
    await api.close();
    await expect(created.index!.addDirectory({ path: siteWith({ en: 2 }) })).rejects.toThrow('Pagefind was closed');
    await expect(api.createIndex({})).rejects.toThrow('Pagefind was closed');
    expect(await noPagefindLeft()).toEqual([]);
  });

  it('fail, instead of waiting for ever, when the Pagefind process stops while it indexes', async () => {
    const site = siteWith({ en: 2500 });
    /** The one Pagefind process this process runs: its pid. */
    const pagefindProcess = () => {
      const running = runningPagefinds();
      expect(running).toHaveLength(1);
      return Number(running[0]!.split(/\s+/)[0]);
    };
    // This thread's Pagefind, then a worker thread's: each is killed once asked to read the site.
    for (const open of [() => openPagefindLane(0), () => openPagefindInWorker()]) {
      const api = await open();
      try {
        const { index } = await api.createIndex({});
        const pid = pagefindProcess();
        const reading = index!.addDirectory({ path: site });
        process.kill(pid, 'SIGKILL');
        const outcome = await Promise.race([reading.then(() => 'finished', (error: Error) => error.message), sleep(20_000).then(() => 'still waiting after 20 s')]);
        expect(outcome).toMatch(/Pagefind stopped while it was indexing \(signal SIGKILL\).*HUB_SEARCH_PART_PAGES/s);
        await expect(index!.writeFiles({ outputPath: join(site, 'pagefind') })).rejects.toThrow(/Pagefind stopped/);
      } finally {
        await api.close();
      }
      expect(await noPagefindLeft()).toEqual([]);
    }
  }, 60_000);

  it('give a worker thread\'s Pagefind errors and failures as Pagefind words them', async () => {
    const api = await openPagefindInWorker();
    try {
      const created = await api.createIndex({});
      expect(await created.index!.addHTMLFile({ content: '<html><body>No address</body></html>' } as { url: string; content: string })).toEqual({
        errors: ['Either source_path or url must be provided'],
      });
      await expect(api.createIndex({ forceLanguage: 5 })).rejects.toThrow('invalid type: integer `5`, expected a string');
    } finally {
      await api.close();
    }
    expect(await noPagefindLeft()).toEqual([]);
    await expect(api.createIndex({})).rejects.toThrow('worker thread stopped');
  });
});
