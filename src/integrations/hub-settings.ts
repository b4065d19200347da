import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashCodeVersion } from '../lib/code-version.ts';
import { HUB_FILE } from '../reading/paths.ts';
import type { HubConfig } from '../schemas/hub.ts';

/** The module pages, layouts and the middleware import the hub settings from. */
export const HUB_SETTINGS_MODULE = 'virtual:hub/settings';
const RESOLVED_ID = `\0${HUB_SETTINGS_MODULE}`;
/** The module page cache keys read the version of the hub's code from (src/reading/page-keys.ts). */
export const CODE_VERSION_MODULE = 'virtual:hub/code-version';
const RESOLVED_CODE_ID = `\0${CODE_VERSION_MODULE}`;

/**
 * Hands the site the hub settings that astro.config already read and checked, as the module
 * `virtual:hub/settings` (its default export), so no page reads `hub.yaml` again. The settings
 * live in the module's code, so a changed `hub.yaml` changes the code of every page that shows
 * them. `npm run dev` restarts when the file changes: the site address and base path come from
 * it too, and those are Astro's own configuration.
 */
export function hubSettings({ contentDir, hub }: { contentDir: string; hub: HubConfig }): AstroIntegration {
  const code = `export default ${JSON.stringify(hub)};\n`;
  let codeVersion = '';
  return {
    name: 'advocacy-hub:hub-settings',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, addWatchFile }) => {
        addWatchFile(join(contentDir, HUB_FILE));
        // Astro's incremental build re-renders a page when the code it tracks changes (the route's
        // modules and its browser scripts, the parts of the config it can compare), but not for a
        // change it cannot see: a config option that is a function (Vite's build options), or the
        // code of an integration that writes into every page (the Content-Security-Policy). So
        // every page key also carries the version of src/ and the lock file, and the project's
        // folder: any code change redraws every page. Too often is only slower; too seldom is wrong.
        const version = hashCodeVersion(createHash('sha256').update(`root ${fileURLToPath(config.root)}\n`)).digest('hex');
        codeVersion = `export default ${JSON.stringify(version)};\n`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'advocacy-hub:hub-settings',
                resolveId: (id: string) => (id === HUB_SETTINGS_MODULE ? RESOLVED_ID : id === CODE_VERSION_MODULE ? RESOLVED_CODE_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? code : id === RESOLVED_CODE_ID ? codeVersion : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
