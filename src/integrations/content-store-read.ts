/**
 * How the site's bundle reads the content store during `astro build` (see `content-store.ts`).
 * The build's own step says where the store's file is, under one global key; the bundle's module
 * (`content-store-module.ts`) reads it when the pages are drawn, in the same process. Astro turns
 * a failure to import the store into an empty store without a word, so a failure is kept under the
 * same key, where the build's own step finds it and stops the build.
 */
import { readFileSync } from 'node:fs';

const KEY = Symbol.for('advocacy-hub.content-store');

interface ContentStoreState {
  file?: string;
  failure?: string;
}

type Holder = { [KEY]?: ContentStoreState };

/** Set when a build starts (the file Astro's sync writes the store to), cleared when it ends. */
export function setContentStoreFile(file: string | undefined): void {
  if (file === undefined) delete (globalThis as Holder)[KEY];
  else (globalThis as Holder)[KEY] = { file };
}

/** What went wrong reading the store in this build, if anything. */
export function contentStoreFailure(): string | undefined {
  return (globalThis as Holder)[KEY]?.failure;
}

/**
 * The store as Astro's own module gives it: the parsed JSON of its file, or an empty Map when there
 * is no file (no collection has entries). Anything else that goes wrong is recorded, and an empty
 * Map returned, as Astro would make of it.
 */
export function readContentStore(): unknown {
  const state = ((globalThis as Holder)[KEY] ??= {});
  const fail = (reason: string) => {
    state.failure ??= reason;
    return new Map();
  };
  if (state.file === undefined) return fail('the build did not say where the content store is');
  let text: string;
  try {
    text = readFileSync(state.file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    return fail(`${state.file} could not be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(`${state.file} is not valid JSON (${(error as Error).message})`);
  }
}
