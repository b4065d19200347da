import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The share panel's script as a bundler splits it: what loads before any interaction (the entry
 * and its static imports) must stay within 10 KB gzipped; twitter-text only in a lazy chunk.
 */
describe('share panel JavaScript', () => {
  it('loads at most 10 KB gzipped before interaction, twitter-text only on demand', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['src/client/share-panel.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: 'out',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint === 'src/client/share-panel.ts') ?? '';
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const imported of outputs[name]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(entry);
    const gzipped = (name: string) => {
      const file = result.outputFiles.find((output) => output.path.endsWith(name.replace(/^out\//, '/')));
      return file ? gzipSync(file.contents, { level: 9 }).length : 0;
    };
    const initialBytes = [...initial].reduce((sum, name) => sum + gzipped(name), 0);
    const inputsOf = (names: Iterable<string>) => [...names].flatMap((name) => Object.keys(outputs[name]?.inputs ?? {}));

    expect(initialBytes).toBeGreaterThan(1000);
    expect(initialBytes).toBeLessThanOrEqual(10 * 1024);
    expect(inputsOf(initial).some((input) => input.includes('twitter-text'))).toBe(false);
    expect(inputsOf(initial).some((input) => input.includes('zod'))).toBe(false);
    expect(inputsOf(Object.keys(outputs)).some((input) => input.includes('twitter-text'))).toBe(true);
  });
});
