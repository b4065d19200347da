import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentStore } from '../../src/integrations/content-store.ts';
import { contentStoreFailure, readContentStore, setContentStoreFile } from '../../src/integrations/content-store-read.ts';

/* In `astro build`, the site's bundle reads the content store from the file Astro's sync wrote (src/integrations/content-store.ts). */
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'hub-content-store-'));
});
afterEach(() => {
  setContentStoreFile(undefined);
  rmSync(work, { recursive: true, force: true });
});

type Hooks = NonNullable<ReturnType<typeof contentStore>['hooks']>;
type Setup = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];

/** Runs the integration's hooks as Astro would, up to the end of the build; returns the aliases it added. */
async function runBuild(options: { command?: Setup['command']; collectionStorage?: 'single-file' | 'chunked'; between?: () => void } = {}) {
  const hooks = contentStore().hooks;
  const aliases: { find: RegExp; replacement: string }[] = [];
  const config = { cacheDir: pathToFileURL(`${work}/`), experimental: options.collectionStorage ? { collectionStorage: options.collectionStorage } : {} };
  await hooks['astro:config:setup']!({
    command: options.command ?? 'build',
    config,
    updateConfig: (update: { vite?: { resolve?: { alias?: typeof aliases } } }) => aliases.push(...(update.vite?.resolve?.alias ?? [])),
  } as never);
  await hooks['astro:config:done']!({ config } as never);
  options.between?.();
  const done = Promise.resolve().then(() => hooks['astro:build:done']!({} as never));
  return { aliases, done };
}

describe('the content store in a build', () => {
  it("points the bundle's import of Astro's store, and only that module, at the file reader", async () => {
    const { aliases } = await runBuild();
    expect(aliases).toHaveLength(1);
    const [alias] = aliases;
    expect(alias!.find.test('astro:data-layer-content')).toBe(true);
    for (const other of ['astro:data-layer-content/x', 'astro:data-layer-content-chunk:a.json', 'astro:content', 'xastro:data-layer-content']) {
      expect(alias!.find.test(other)).toBe(false);
    }
    expect(alias!.replacement).toMatch(/content-store-module\.ts$/);
  });

  it("leaves astro dev and a chunked store to Astro's own module", async () => {
    expect((await runBuild({ command: 'dev' })).aliases).toEqual([]);
    expect((await runBuild({ collectionStorage: 'chunked' })).aliases).toEqual([]);
    expect((await runBuild({ collectionStorage: 'single-file' })).aliases).toHaveLength(1);
  });

  it('reads the store Astro wrote, as Astro parses it', async () => {
    const store = ['Map', 1, 2, 'posts', ['Map']];
    writeFileSync(join(work, 'data-store.json'), JSON.stringify(store));
    let read: unknown;
    const { done } = await runBuild({ between: () => (read = readContentStore()) });
    expect(read).toEqual(store);
    await expect(done).resolves.toBeUndefined();
  });

  it('gives an empty store when there is no file, as Astro does (no collection has entries)', async () => {
    let read: unknown;
    const { done } = await runBuild({ between: () => (read = readContentStore()) });
    expect(read).toEqual(new Map());
    await expect(done).resolves.toBeUndefined();
  });

  it('stops the build, naming the file, when the store cannot be read: Astro would draw every page without posts', async () => {
    writeFileSync(join(work, 'data-store.json'), '["Map", 1, ');
    let read: unknown;
    const { done } = await runBuild({ between: () => (read = readContentStore()) });
    expect(read).toEqual(new Map());
    await expect(done).rejects.toThrow(/could not be read back/);
    await expect(done).rejects.toMatchObject({ hint: expect.stringContaining(join(work, 'data-store.json')) });
    await expect(done).rejects.toMatchObject({ hint: expect.stringContaining('is not valid JSON') });
  });

  it('stops the build when the bundle was not told where the store is', async () => {
    setContentStoreFile(undefined);
    expect(readContentStore()).toEqual(new Map());
    expect(contentStoreFailure()).toMatch(/did not say where/);
  });

  it('forgets one build\'s failure when the next build starts', async () => {
    writeFileSync(join(work, 'data-store.json'), 'not json');
    const first = await runBuild({ between: () => readContentStore() });
    await expect(first.done).rejects.toThrow();
    writeFileSync(join(work, 'data-store.json'), '[]');
    const second = await runBuild({ between: () => readContentStore() });
    await expect(second.done).resolves.toBeUndefined();
  });
});
