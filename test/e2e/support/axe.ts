import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { repoRoot } from '../../build/dist.ts';

const AXE_SCRIPT = join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js');

/** WCAG 2.2 level AA, as axe-core tags it (2.2 adds its AA rules under its own tag). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core in the page as it is now and returns what breaks WCAG 2.2 AA. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the page's
  // Content-Security-Policy rightly refuses an inline script it has no hash for.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations;
  }, WCAG_AA);
}

/** Violations as a reader wants them: the rule, how bad, why, where, and what to do. */
export function describeViolations(where: string, violations: Result[]): string {
  if (violations.length === 0) return '';
  const lines = [`${where}: ${violations.length} accessibility violation${violations.length === 1 ? '' : 's'}`];
  for (const violation of violations) {
    lines.push(`  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`, `    ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 5)) {
      lines.push(`    at ${node.target.join(' ')}`, `      ${node.html.slice(0, 160)}`);
      const fix = node.failureSummary?.replace(/\s*\n\s*/g, ' ').trim();
      if (fix) lines.push(`      ${fix}`);
    }
    if (violation.nodes.length > 5) lines.push(`    … and ${violation.nodes.length - 5} more`);
  }
  return lines.join('\n');
}
