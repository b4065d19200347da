import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/dist.ts';

/**
 * The only test that reads content/: whatever a company keeps there (the demo, or its own hub after
 * `npm run init`) must pass the content check and build. Every other test reads fixture hubs under
 * test/fixtures/, so replacing content/ leaves them green.
 */
const content = join(repoRoot, 'content');
const out = join(repoRoot, '.cache', 'content-dist');
const env = { ...process.env, HUB_CONTENT_DIR: content, HUB_OUT_DIR: out, HUB_CACHE_DIR: join(repoRoot, '.cache', 'astro-content'), NO_COLOR: '1' };
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8' });

describe('the hub in content/', () => {
  it('passes the content check', () => {
    const result = run(join(repoRoot, 'node_modules', '.bin', 'node'), ['scripts/check.ts']);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it('builds', () => {
    rmSync(out, { recursive: true, force: true });
    const result = run(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent']);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'pagefind'))).toBe(true);
  }, 300_000);
});
