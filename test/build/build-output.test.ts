import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning } from '../../src/integrations/quiet-build.ts';
import { testBuildLog } from './dist.ts';

/** What `npm run build` printed for the fixture hub (made by the build project's global setup). */
const output = readFileSync(testBuildLog, 'utf8');
const lines = output.split('\n');

describe('what a build prints', () => {
  it('says what a person needs: the content check, the pages built and the time, the search index', () => {
    expect(output).toMatch(/content policy: [\s\S]*0 errors, 0 warnings, \d+ suggestions? in \d+ of \d+ files/);
    expect(output).toMatch(/\[build\] \d+ page\(s\) built in [\d.]+s/);
    expect(output).toMatch(/\[search\] pagefind: indexed \d+ pages in [\d.]+ s \(en \d+, it \d+, ms \d+\)/);
  });

  it('has no warnings, and in particular not the bundler one per MDX page', () => {
    expect(lines.filter((line) => /\bWARN\b|MODULE_LEVEL_DIRECTIVE/.test(line))).toEqual([]);
  });
});

describe('the filter of the bundler warning on MDX pages', () => {
  const warning = (directive: string) => ({
    code: 'MODULE_LEVEL_DIRECTIVE',
    message: `The semantics of the module level directive "${directive}" in "content/guidelines/en/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
  });

  it('drops only the directive Astro adds to compiled MDX', () => {
    expect(isHeadInjectDirectiveWarning(warning('use astro:head-inject'))).toBe(true);
  });

  it('keeps any other directive and any other warning', () => {
    expect(isHeadInjectDirectiveWarning(warning('use client'))).toBe(false);
    expect(isHeadInjectDirectiveWarning({ code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' })).toBe(false);
  });
});
