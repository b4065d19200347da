import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { contentStoreFailure, setContentStoreFile } from './content-store-read.ts';

/** Astro's module of the content store, and the file its sync writes the store to for a build. */
const STORE_MODULE = 'astro:data-layer-content';
const STORE_FILE = 'data-store.json';

/**
 * Astro puts the whole content store (54 MB of JSON for 10,000 posts) into the site's bundle as
 * one string on every build: Vite carries it through the bundler and Node then compiles it, about
 * 3 s of every build of a 10,000-post hub whatever changed. In `astro build` the bundle's import
 * of the store is pointed at `content-store-module.ts` instead, which reads the same file when
 * the pages are drawn; the store and the pages are the same. Only the default one-file store is
 * handled (`experimental.collectionStorage` unset); `astro dev` keeps Astro's own module, which
 * follows edits. A store that could not be read stops the build at its end: Astro would have drawn
 * every page as if there were no posts.
 */
export function contentStore(): AstroIntegration {
  let building = false;
  return {
    name: 'advocacy-hub:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        building = command === 'build' && (storage === undefined || storage === 'single-file');
        if (!building) return;
        const module = fileURLToPath(new URL('./content-store-module.ts', import.meta.url));
        updateConfig({ vite: { resolve: { alias: [{ find: new RegExp(`^${STORE_MODULE}$`), replacement: module }] } } });
      },
      'astro:config:done': ({ config }) => {
        if (building) setContentStoreFile(fileURLToPath(new URL(STORE_FILE, config.cacheDir)));
      },
      'astro:build:done': () => {
        const failure = contentStoreFailure();
        setContentStoreFile(undefined);
        if (failure) {
          throw new AstroError(
            'The build stopped: the posts, guidelines and FAQ could not be read back while the pages were drawn, so the pages may be missing them.',
            `${failure}. Build again; if it happens again, delete Astro's cache folder (node_modules/.astro, or HUB_CACHE_DIR) and build.`,
          );
        }
      },
    },
  };
}
