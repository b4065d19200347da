import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_STORE_BUNDLED, contentStore } from '../../src/integrations/content-store.ts';
import { keepContentStore, keptContentStore } from '../../src/integrations/content-store-read.ts';

/* In `astro build`, the site's bundle takes the content store the build read from the file Astro's sync wrote (src/integrations/content-store.ts). */
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'hub-content-store-'));
});
afterEach(() => {
  keepContentStore(undefined);
  rmSync(work, { recursive: true, force: true });
});

type Hooks = NonNullable<ReturnType<typeof contentStore>['hooks']>;
type Setup = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];

/**
 * Runs the integration's hooks as Astro runs them in a build; `drawPages` stands for the bundle
 * drawing the pages between the build's start and end. Returns the aliases added and each step's outcome.
 */
async function runBuild(options: { command?: Setup['command']; collectionStorage?: 'single-file' | 'chunked'; drawPages?: () => void } = {}) {
  const hooks = contentStore().hooks;
  const aliases: { find: RegExp; replacement: string }[] = [];
  const config = { cacheDir: pathToFileURL(`${work}/`), experimental: options.collectionStorage ? { collectionStorage: options.collectionStorage } : {} };
  await hooks['astro:config:setup']!({
    command: options.command ?? 'build',
    config,
    updateConfig: (update: { vite?: { resolve?: { alias?: typeof aliases } } }) => aliases.push(...(update.vite?.resolve?.alias ?? [])),
  } as never);
  const started = settle(() => hooks['astro:build:start']!({} as never));
  await started;
  options.drawPages?.();
  const warnings: string[] = [];
  const done = settle(() => hooks['astro:build:done']!({ logger: { warn: (line: string) => warnings.push(line) } } as never));
  return { aliases, started: await started, done: await done, warnings };
}

async function settle(step: () => unknown): Promise<{ error?: { message: string; hint?: string } }> {
  try {
    await step();
    return {};
  } catch (error) {
    return { error: error as { message: string; hint?: string } };
  }
}

const storeFile = () => join(work, 'data-store.json');

describe('the content store in a build', () => {
  it("points the bundle's import of Astro's store, and only that module, at the kept store", async () => {
    const { aliases } = await runBuild();
    expect(aliases).toHaveLength(1);
    const [alias] = aliases;
    expect(alias!.find.test('astro:data-layer-content')).toBe(true);
    for (const other of ['astro:data-layer-content/x', 'astro:data-layer-content-chunk:a.json', 'astro:content', 'xastro:data-layer-content']) {
      expect(alias!.find.test(other)).toBe(false);
    }
    expect(alias!.replacement).toMatch(/content-store-module\.ts$/);
  });

  it("leaves astro dev, astro sync and a chunked store to Astro's own module", async () => {
    expect((await runBuild({ command: 'dev' })).aliases).toEqual([]);
    expect((await runBuild({ command: 'sync' as Setup['command'] })).aliases).toEqual([]);
    expect((await runBuild({ collectionStorage: 'chunked' })).aliases).toEqual([]);
    expect((await runBuild({ collectionStorage: 'single-file' })).aliases).toHaveLength(1);
  });

  it('gives the pages the store Astro wrote, as Astro parses it', async () => {
    const store = ['Map', 1, 2, 'posts', ['Map']];
    writeFileSync(storeFile(), JSON.stringify(store));
    let drawn: unknown;
    const build = await runBuild({ drawPages: () => (drawn = keptContentStore()) });
    expect(drawn).toEqual(store);
    expect(build.started.error).toBeUndefined();
    expect(build.done.error).toBeUndefined();
  });

  it("says so when the bundle did not take the store (a newer Astro's module of another name): the build is slower", async () => {
    writeFileSync(storeFile(), '[]');
    expect((await runBuild()).warnings).toEqual([CONTENT_STORE_BUNDLED]);
    expect((await runBuild({ drawPages: () => keptContentStore() })).warnings).toEqual([]);
  });

  it('gives an empty store when there is no file, as Astro does (no collection has entries)', async () => {
    let drawn: unknown;
    const build = await runBuild({ drawPages: () => (drawn = keptContentStore()) });
    expect(drawn).toEqual(new Map());
    expect(build.done.error).toBeUndefined();
  });

  it('stops the build before any page is drawn, naming the file, when the store is not valid JSON', async () => {
    writeFileSync(storeFile(), '["Map", 1, ');
    const build = await runBuild();
    expect(build.started.error?.message).toMatch(/could not be read back/);
    expect(build.started.error?.hint).toContain(storeFile());
    expect(build.started.error?.hint).toContain('is not valid JSON');
  });

  it('stops the build at its end when the pages were drawn without the store (Astro would have drawn them without posts)', async () => {
    writeFileSync(storeFile(), '[]');
    const build = await runBuild({
      drawPages: () => {
        keepContentStore(undefined);
        expect(keptContentStore()).toEqual(new Map());
      },
    });
    expect(build.done.error?.message).toMatch(/drawn without the posts/);
  });

  it("forgets one build's failure when the next build starts", async () => {
    writeFileSync(storeFile(), '[]');
    const first = await runBuild({
      drawPages: () => {
        keepContentStore(undefined);
        keptContentStore();
      },
    });
    expect(first.done.error).toBeDefined();
    const second = await runBuild({ drawPages: () => keptContentStore() });
    expect(second.done.error).toBeUndefined();
  });
});
