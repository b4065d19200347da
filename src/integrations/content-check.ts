import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorError } from './editor-error.ts';
import { checkContent } from '../policy/engine.ts';
import { formatPretty } from '../policy/report/pretty.ts';
import { tally } from '../policy/report/summary.ts';

export interface ContentCheckOptions {
  /** The content folder: `contentDir()` in astro.config.mjs. */
  contentDir: string;
}

/**
 * Runs `npm run check`'s engine before Astro reads any content. A build with errors stops
 * here: the hook throws an `AstroError` carrying the same report the command prints, and Astro
 * ends the build with exit code 1. In dev, the report is shown as warnings and the server runs.
 */
export function contentCheck({ contentDir }: ContentCheckOptions): AstroIntegration {
  return {
    name: 'advocacy-hub:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        let result;
        try {
          // Findings kept in Astro's cache folder: a rebuild checks only the files that changed.
          result = await checkContent({ contentDir, cacheDir: fileURLToPath(config.cacheDir) });
        } catch (error) {
          // Such as HUB_NOW that is not a date: the reason alone, no stack trace.
          const reason = error instanceof Error ? error.message : String(error);
          if (command === 'dev') return logger.warn(`the content check could not run: ${reason}`);
          throw editorError('Build stopped: the content check could not run.', reason);
        }
        const findings = result.fatal ?? result.findings;
        const color = !!process.stdout.isTTY && process.stdout.hasColors();
        const report = formatPretty(findings, { color, checked: result.checked });
        const counts = tally(findings);
        // A symbolic link or a second name for a page is refused in dev too: this hook runs before
        // Astro's loaders read content/, and a linked .mdx file would run its code when loaded.
        const files = findings.filter((finding) => finding.ruleId === 'content-file');
        if (command === 'dev' && files.length > 0) {
          throw editorError(
            'Some files in the content folder are not what they seem, so the hub will not read it.',
            `${formatPretty(files, { color: false, checked: result.checked })}\nFix these files, then start again.`,
          );
        }
        if (command === 'build' && (result.fatal || counts.error > 0)) {
          const what = result.fatal ? 'the content policy file (policy.yaml) has problems' : 'the content breaks the content policy';
          throw editorError(`Build stopped: ${what}.`, `${report}\n\nFix the lines above, then build again (npm run check shows the same report).`);
        }
        // In dev, even errors are only shown: the server keeps running while the editor fixes them.
        if (result.reused > 0) logger.info(`content policy: ${result.reused} of ${result.checked} files unchanged since the last check, not checked again`);
        if (counts.error + counts.warning > 0) logger.warn(`content policy:\n${report}`);
        else logger.info(`content policy: ${report}`);
      },
    },
  };
}
