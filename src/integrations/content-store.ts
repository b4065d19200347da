import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { contentStoreFailure, contentStoreTaken, keepContentStore, readContentStore } from './content-store-read.ts';

/** Said when a build's bundle did not take the store this step read: a test of the build looks for it. */
export const CONTENT_STORE_BUNDLED = "the pages took the content store from Astro's own module, bundled with them, not from the file: the build is slower, the pages are the same";

/** Astro's module of the content store, and the file its sync writes the store to for a build. */
const STORE_MODULE = 'astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/**
 * Astro puts the whole content store (54 MB of JSON for 10,000 posts) into the site's bundle as
 * one string on every build: Vite carries it through the bundler and Node then compiles it, about
 * 3 s of every build of a 10,000-post hub whatever changed. In `astro build` the bundle's import
 * of the store is pointed at `content-store-module.ts` instead, which takes the store this step
 * read from the same file when the build started: Astro's sync has written it by then, and Vite
 * has not begun (Astro read it while bundling). A file that cannot be read or parsed stops the
 * build there, naming it, as Astro's own module did. Only the default one-file store is handled
 * (`experimental.collectionStorage` unset) and only when the pages are drawn in this process, as
 * Astro's static build does; should the bundle ever find no store, the build stops at its end.
 * `astro dev`, `astro sync` and `astro check` keep Astro's own module.
 */
export function contentStore(): AstroIntegration {
  let file: string | undefined;
  return {
    name: 'advocacy-hub:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        const module = fileURLToPath(new URL('./content-store-module.ts', import.meta.url));
        updateConfig({ vite: { resolve: { alias: [{ find: new RegExp(`^${STORE_MODULE}$`), replacement: module }] } } });
      },
      // After Astro's sync, before Vite bundles.
      'astro:build:start': () => {
        if (file === undefined) return;
        let store: unknown;
        try {
          store = readContentStore(file);
        } catch (error) {
          throw new AstroError(
            'The build stopped: the posts, guidelines and FAQ Astro just read could not be read back.',
            `${(error as Error).message}. Build again; if it happens again, delete Astro's cache folder (node_modules/.astro, or HUB_CACHE_DIR) and build.`,
          );
        }
        keepContentStore(store);
      },
      'astro:build:done': ({ logger }) => {
        if (file === undefined) return;
        const failure = contentStoreFailure();
        // Astro's own module was used (a newer Astro may name it differently): the pages are the same, the build slower.
        if (!contentStoreTaken()) logger.warn(CONTENT_STORE_BUNDLED);
        keepContentStore(undefined);
        if (failure) {
          throw new AstroError(
            'The build stopped: its pages were drawn without the posts, guidelines and FAQ, so they were not published as they are.',
            `${failure}. Build again; if it happens again, report it with the build's log.`,
          );
        }
      },
    },
  };
}
