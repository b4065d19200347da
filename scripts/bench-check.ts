/**
 * `npm run bench:check -- --posts N` (default 1000): writes N generated posts (the benchmark
 * generator's: front matter with captions, hashtags and an image from the demo's 1200×630 media,
 * a ~3.8 KB body; `--body-words` changes it) to a temporary content folder, runs the content
 * check on them in this process, and prints one line:
 * `bench-check: posts=10000 seconds=6.2 ms_per_post=0.62`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/policy/engine.ts';
import { tally } from '../src/policy/report/summary.ts';
import { postsOption, writeSyntheticContent } from './lib/synthetic-content.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    // Words per post body; the generator's default (400) makes bodies of about 3.8 KB.
    'body-words': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const posts = postsOption(values.posts);

const work = mkdtempSync(join(tmpdir(), `hub-bench-check-${posts}-`));
const content = join(work, 'content');
console.log(`bench-check: writing ${posts} posts to ${content}`);
const bodyWords = values['body-words'] === undefined ? undefined : Number(values['body-words']);
writeSyntheticContent({ posts, from: join(root, 'content'), to: content, ...(bodyWords ? { bodyWords } : {}) });

const load = loadavg()[0] ?? 0;
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
const result = await checkContent({ contentDir: content, now: new Date('2026-11-23') });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
// Worker threads' CPU time counts in the process's usage.
const cpu = process.cpuUsage(cpuBefore);

if (result.fatal) {
  console.error('bench-check: the policy file has problems; fix content/policy.yaml first');
  process.exit(2);
}
const counts = tally(result.findings);
console.log(`bench-check: checked ${result.checked} files; ${counts.error} errors, ${counts.warning} warnings, ${counts.suggestion} suggestions`);
console.log(`bench-check: cpu_s=${((cpu.user + cpu.system) / 1e6).toFixed(1)} threads=${result.threads} load_before=${load.toFixed(2)}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`bench-check: kept ${work}`);
console.log(`bench-check: posts=${posts} seconds=${seconds.toFixed(1)} ms_per_post=${((seconds * 1000) / posts).toFixed(2)}`);
