// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/reading/base-links.ts';
import { mediaImagesPlugin } from './src/reading/media-images.ts';
import { contentDir } from './src/reading/paths.ts';
import { loadHubConfig } from './src/reading/hub-config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentStore } from './src/integrations/content-store.ts';
import { editorError } from './src/integrations/editor-error.ts';
import { hubCsp } from './src/integrations/content-security-policy.ts';
import { hubSettings } from './src/integrations/hub-settings.ts';
import { SHARE_PANEL_BOOT } from './src/client/share-panel-boot.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { publishSite } from './src/integrations/publish.ts';
import { quietBuild } from './src/integrations/quiet-build.ts';

const dir = contentDir();
const hub = loadHubSettings(dir);

export default defineConfig({
  site: hub.site,
  base: hub.base,
  // Tests and the benchmark build into their own folder so they never clobber dist/.
  outDir: process.env.HUB_OUT_DIR ?? './dist',
  ...(process.env.HUB_CACHE_DIR ? { cacheDir: process.env.HUB_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // A Content-Security-Policy on every page (README, Safety): no inline script runs unless the hub wrote it.
  security: { csp: hubCsp(hub, [SHARE_PANEL_BOOT]) },
  // One page at a time: Astro's incremental build (below) caches pages only then.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 1 },
  // Pages whose cacheKey (src/reading/page-keys.ts) and code are as in the last build are copied
  // from Astro's cache folder instead of rendered again (README, Incremental builds).
  experimental: { incrementalBuild: true },
  // Links written from the hub's root in posts, guidelines and FAQ answers follow the base path.
  // No Shiki: its colours are inline styles, which the Content-Security-Policy does not allow.
  // Body images the browser editor writes as /media/<file> get their path from the content file,
  // so Astro publishes them into /_astro/ like any other (docs/safety.md).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [mediaImagesPlugin(dir)], hastPlugins: [baseLinksPlugin(hub.base)] }),
  },
  // The output audit runs beside the search index, whose files are moved into dist/pagefind/ only
  // when the audit passed: a site it refuses gets no index (docs/safety.md).
  integrations: [
    contentCheck({ contentDir: dir }),
    hubSettings({ contentDir: dir, hub }),
    contentStore(),
    quietBuild(),
    previousOutput(),
    mdx(),
    publishSite({ audit: { contentDir: dir, hub }, pagesPerPart: pagesPerSearchPart() }),
  ],
  vite: {
    resolve: { alias: { '@content': dir } },
    build: {
      // Astro writes a small script without imports into the page itself. The header box's script
      // is on every page: as a file it is fetched once for all of them (and a post page keeps to
      // its weight budget). Any other script or asset: Vite's default (inlined under 4 KB).
      assetsInlineLimit: (file) => (file.includes('SearchBox.astro_astro_type_script') ? false : undefined),
    },
  },
});

/** HUB_SEARCH_PART_PAGES: index large hubs in smaller parts to use less memory (README, Search). */
function pagesPerSearchPart() {
  const value = process.env.HUB_SEARCH_PART_PAGES;
  if (value === undefined || value === '') return undefined;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1) {
    throw editorError('Build stopped: HUB_SEARCH_PART_PAGES is not a number of pages.', `HUB_SEARCH_PART_PAGES must be a whole number of pages above 0, not "${value}".`, 'settings');
  }
  return pages;
}

/** A broken hub.yaml is an editor's mistake: say where, not a stack trace. */
function loadHubSettings(/** @type {string} */ folder) {
  try {
    return loadHubConfig(folder);
  } catch (error) {
    if (error instanceof Error && error.name === 'ContentProblems') {
      throw editorError('Build stopped: the hub settings (hub.yaml) have problems.', `${error.message}\n\nFix the lines above, then build again (npm run check shows the same report).`, 'settings');
    }
    throw error;
  }
}
