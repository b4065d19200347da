/**
 * `npm run bench:incremental -- --posts N`: what a comms team waits for after merging one post.
 * Builds N generated posts cold, again with nothing changed, again after editing one post, then
 * builds the edited state cold into another folder and compares the two outputs byte for byte.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { postsOption, writeSyntheticContent } from './lib/synthetic-content.ts';
import { differingFiles } from './lib/folders.ts';
import { measure } from './lib/measure.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', '.bin', 'astro');

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const posts = postsOption(values.posts);

const work = mkdtempSync(join(tmpdir(), `hub-bench-incremental-${posts}-`));
const content = join(work, 'content');
console.log(`bench:incremental: writing ${posts} posts to ${content}`);
writeSyntheticContent({ posts, from: join(root, 'content'), to: content });
// The same "today" for all four builds, so that a build that runs past midnight compares like with like.
const now = process.env.HUB_NOW || new Date().toISOString().slice(0, 10);

const incremental = { out: join(work, 'dist'), cache: join(work, 'cache') };
const cold = await build('cold build', incremental);
const nochange = await build('rebuild with nothing changed', incremental);

// The edit a comms editor makes most: a sentence added to one post's body.
const postsDir = join(content, 'posts', 'en');
const edited = join(postsDir, readdirSync(postsDir).sort()[Math.floor(posts / 2)]!);
writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, added for the benchmark.\n`);
const onePost = await build('rebuild after editing one post', incremental);

// The same content folder (its paths show in the edit links), another output and cache folder.
const reference = { out: join(work, 'dist-cold'), cache: join(work, 'cache-cold') };
await build('cold build of the edited state', reference);
const differing = differingFiles(incremental.out, reference.out);
if (differing.length > 0) {
  console.log(`bench:incremental: ${differing.length} files differ from a cold build, such as:\n  ${differing.slice(0, 10).join('\n  ')}`);
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`bench:incremental: kept ${work}`);

console.log(
  `incremental: posts=${posts} cold_s=${cold.toFixed(1)} nochange_s=${nochange.toFixed(1)} one_post_s=${onePost.toFixed(1)} identical=${differing.length === 0 ? 'yes' : 'no'}`,
);

async function build(what: string, folders: { out: string; cache: string }): Promise<number> {
  const result = await measure(astro, ['build'], {
    cwd: root,
    env: { ...process.env, HUB_NOW: now, HUB_CONTENT_DIR: content, HUB_OUT_DIR: folders.out, HUB_CACHE_DIR: folders.cache },
  });
  if (result.code !== 0) {
    console.error(`bench:incremental: the ${what} failed:\n${result.output.slice(-4000)}`);
    process.exit(1);
  }
  console.log(`bench:incremental: ${what}: ${result.seconds.toFixed(1)} s`);
  // With --keep, each build's log stays beside the output for a look at where the time went.
  if (values.keep) writeFileSync(join(work, `${what.replaceAll(' ', '-')}.log`), result.output);
  return result.seconds;
}
