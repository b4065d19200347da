import type { AstroIntegration } from 'astro';

/** What Rolldown hands a plugin's `onLog` hook (the fields this filter reads). */
interface BundlerLog {
  code?: string;
  message: string;
}

/**
 * Whether a bundler warning is the one Astro's MDX output causes on every MDX page: compiled MDX
 * starts with the marker `"use astro:head-inject"`, which Astro reads before bundling (to put
 * the page's styles in <head>); Rolldown then warns, once per page in seven lines, that it drops
 * the directive from the bundle. Dropping it is harmless (withastro/astro#18087). Only this
 * directive is filtered: any other module-level directive, or any other warning, still shows.
 */
export function isHeadInjectDirectiveWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** Keeps the build output to what a person needs: no warning repeated for every page. */
export function quietBuild(): AstroIntegration {
  return {
    name: 'advocacy-hub:quiet-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'advocacy-hub:quiet-build',
                onLog(level: string, log: BundlerLog) {
                  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return false;
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
