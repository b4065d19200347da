/**
 * `npm run bench -- --posts N`: builds N generated posts with the hub, then the same posts with a
 * bare Astro site plus the Pagefind CLI (the floor), and prints one comparable line.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { postsOption, writeSyntheticContent } from './lib/synthetic-content.ts';
import { countFiles, folderBytes } from './lib/folders.ts';
import { measure } from './lib/measure.ts';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const posts = postsOption(values.posts);

const work = mkdtempSync(join(tmpdir(), `hub-bench-${posts}-`));
const content = join(work, 'content');
console.log(`bench: writing ${posts} posts to ${content}`);
writeSyntheticContent({ posts, from: join(root, 'content'), to: content });

const hub = await measure(bin('astro'), ['build'], {
  cwd: root,
  env: { ...process.env, HUB_CONTENT_DIR: content, HUB_OUT_DIR: join(work, 'hub-dist'), HUB_CACHE_DIR: join(work, 'hub-cache') },
});
fail(hub, 'hub build');
const indexing = /indexed (\d+) pages? in ([\d.]+) ?s/.exec(hub.output);
const audit = /audited (\d+) pages in ([\d.]+) s/.exec(hub.output);
if (audit) console.log(`audit: pages=${audit[1]} audit_s=${audit[2]}`);

const bareAstro = await measure(bin('astro'), ['build', '--root', join(root, 'scripts', 'bench-baseline')], {
  cwd: root,
  env: { ...process.env, BENCH_CONTENT_DIR: content, BENCH_OUT_DIR: join(work, 'bare-dist'), BENCH_CACHE_DIR: join(work, 'bare-cache') },
});
fail(bareAstro, 'bare Astro build');
const barePagefind = await measure(bin('pagefind'), ['--site', join(work, 'bare-dist')], { cwd: root, env: process.env });
fail(barePagefind, 'Pagefind over the bare build');

const indexDir = join(work, 'hub-dist', 'pagefind');
if (existsSync(indexDir)) {
  console.log(
    `search: index_mb=${(folderBytes(indexDir) / 1024 / 1024).toFixed(1)} files=${countFiles(indexDir)}` +
      (indexing ? ` pages=${indexing[1]} index_s=${indexing[2]}` : ''),
  );
}
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`bench: kept ${work}`);

const bare = bareAstro.seconds + barePagefind.seconds;
console.log(
  `bench: posts=${posts} hub_s=${hub.seconds.toFixed(1)} bare_s=${bare.toFixed(1)} ratio=${(hub.seconds / bare).toFixed(2)} peak_rss_mb=${Math.round(hub.peakRssMb)}`,
);

function fail(result: { code: number; output: string }, what: string): void {
  if (result.code === 0) return;
  console.error(`bench: the ${what} failed:\n${result.output.slice(-4000)}`);
  process.exit(1);
}
