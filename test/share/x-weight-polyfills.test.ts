import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/*
 * twitter-text's core-js 2 polyfills, run in Node, switch V8's fast paths for `replace` and
 * `split` with regular expressions off for the whole process (src/share/without-polyfills.ts).
 * A fresh Node process shows what a build sees: the test runner may have loaded them already.
 */
function inFreshNode(script: string): unknown {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
  return JSON.parse(output);
}

describe('the X weigher in Node', () => {
  it('counts with twitter-text without running its polyfills', () => {
    const result = inFreshNode(`
      const { countForNetwork } = await import('./src/share/count.ts');
      const count = countForNetwork('x', 'ciao 🚲 https://www.tidewater-cycles.example/en/bikes 自行车').count;
      console.log(JSON.stringify({ count, polyfillsRan: '__core-js_shared__' in globalThis }));
    `);
    // 5 + 2 (emoji) + 1 + 23 (link) + 1 + 6 (CJK): the same as with the polyfills.
    expect(result).toEqual({ count: 38, polyfillsRan: false });
  });

  it('leaves replace with a regular expression as fast as before it loaded', () => {
    const result = inFreshNode(`
      const text = 'abc def\\n'.repeat(20000);
      const fastest = () => Math.min(...[1, 2, 3, 4, 5].map(() => { const t = performance.now(); text.replace(/[^\\r\\n]/g, ' ').split(/ /); return performance.now() - t; }));
      const before = fastest();
      await import('./src/share/x-weight.ts');
      console.log(JSON.stringify({ before, after: fastest() }));
    `) as { before: number; after: number };
    // With the polyfills run, 10 to 30 times slower; 4 leaves room for a busy machine.
    expect(result.after).toBeLessThan(result.before * 4);
  });
});
