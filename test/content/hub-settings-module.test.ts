import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { CODE_VERSION_MODULE, HUB_SETTINGS_MODULE, hubSettings } from '../../src/integrations/hub-settings.ts';

interface SettingsPlugin {
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
}

/** Runs the integration's setup as Astro would, and keeps what it registers. */
function setUp(integration: AstroIntegration, root = new URL('../..', import.meta.url)) {
  const watched: string[] = [];
  const plugins: SettingsPlugin[] = [];
  const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    config: { root },
    addWatchFile: (path: string) => watched.push(path),
    updateConfig: (config: { vite: { plugins: SettingsPlugin[] } }) => plugins.push(...config.vite.plugins),
  });
  return { watched, plugin: plugins[0]! };
}

describe('virtual:hub/settings', () => {
  for (const fixture of ['hub', 'hub-in-arabic-and-english']) {
    it(`hands the site the settings of ${fixture}/hub.yaml exactly as they were read`, async () => {
      const dir = fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url));
      const hub = loadHubConfig(dir);
      const { plugin } = setUp(hubSettings({ contentDir: dir, hub }));
      const id = plugin.resolveId(HUB_SETTINGS_MODULE);
      expect(id).toBeDefined();
      const code = plugin.load(id!)!;
      const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
      expect(module.default).toEqual(hub);
    });
  }

  it('watches hub.yaml, so that npm run dev restarts when it changes', () => {
    const dir = fileURLToPath(new URL('../fixtures/hub', import.meta.url));
    const { watched, plugin } = setUp(hubSettings({ contentDir: dir, hub: loadHubConfig(dir) }));
    expect(watched).toEqual([join(dir, 'hub.yaml')]);
    expect(plugin.resolveId('virtual:something-else')).toBeUndefined();
  });

});

describe('virtual:hub/code-version', () => {
  const dir = fileURLToPath(new URL('../fixtures/hub', import.meta.url));
  const versionFrom = async (plugin: SettingsPlugin) => {
    const code = plugin.load(plugin.resolveId(CODE_VERSION_MODULE)!)!;
    return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: string }).default;
  };

  it('is a digest of the code, the same for the same project, and another for a project in another folder', async () => {
    const hub = loadHubConfig(dir);
    const first = await versionFrom(setUp(hubSettings({ contentDir: dir, hub })).plugin);
    const again = await versionFrom(setUp(hubSettings({ contentDir: dir, hub })).plugin);
    const moved = await versionFrom(setUp(hubSettings({ contentDir: dir, hub }), new URL('file:///elsewhere/')).plugin);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toBe(first);
    expect(moved).not.toBe(first);
  });
});
