/**
 * How the site's bundle gets the content store during `astro build` (see `content-store.ts`). The
 * build's own step reads and parses the store's file once Astro's sync has written it, before Vite
 * bundles, and keeps it where the bundle finds it (`build-global.ts`); the bundle's module
 * (`content-store-module.ts`) takes it from there when the pages are drawn, in the same process.
 * Astro turns a failure to import the store into an empty store without a word, so the module
 * never fails: when the store is not there it records why and gives an empty store, and the
 * build's own step stops the build at its end.
 */
import { readFileSync } from 'node:fs';
import { buildGlobal } from './build-global.ts';

interface ContentStoreState {
  /** The store as Astro's own module would give it. */
  store?: unknown;
  /** Whether the bundle took it (it does when a page reads content). */
  taken?: boolean;
  failure?: string;
}

const state = buildGlobal<ContentStoreState>('content-store');

/**
 * The store in `file` as Astro's own module gives it: the parsed JSON, or an empty Map when there
 * is no file (no collection has entries). Throws, naming the file, when it cannot be read or parsed.
 */
export function readContentStore(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw new Error(`${file} could not be read (${(error as Error).message})`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Keeps the store for the bundle (when a build starts), or forgets it and any failure (undefined, when it ends). */
export function keepContentStore(store: unknown): void {
  state.set(store === undefined ? undefined : { store });
}

/** The kept store, for the bundle; an empty store, and a recorded failure, when there is none. */
export function keptContentStore(): unknown {
  const kept = state.get() ?? {};
  state.set(kept);
  kept.taken = true;
  if (kept.store !== undefined) return kept.store;
  kept.failure ??= 'the pages were drawn without the content store the build read';
  return new Map();
}

/** What went wrong giving the bundle its store in this build, if anything. */
export function contentStoreFailure(): string | undefined {
  return state.get()?.failure;
}

/** Whether the bundle took the kept store in this build. */
export function contentStoreTaken(): boolean {
  return state.get()?.taken === true;
}
