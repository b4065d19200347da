import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { HUB_FILE } from '../content/paths.ts';
import type { HubConfig } from '../schemas/hub.ts';

/** The module pages, layouts and the middleware import the hub settings from. */
export const HUB_SETTINGS_MODULE = 'virtual:hub/settings';
const RESOLVED_ID = `\0${HUB_SETTINGS_MODULE}`;

/**
 * Hands the site the hub settings that astro.config already read and checked, as the module
 * `virtual:hub/settings` (its default export), so no page reads `hub.yaml` again. The settings
 * live in the module's code, so a changed `hub.yaml` changes the code of every page that shows
 * them. `npm run dev` restarts when the file changes: the site address and base path come from
 * it too, and those are Astro's own configuration.
 */
export function hubSettings({ contentDir, hub }: { contentDir: string; hub: HubConfig }): AstroIntegration {
  const code = `export default ${JSON.stringify(hub)};\n`;
  return {
    name: 'advocacy-hub:hub-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        addWatchFile(join(contentDir, HUB_FILE));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'advocacy-hub:hub-settings',
                resolveId: (id: string) => (id === HUB_SETTINGS_MODULE ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? code : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
