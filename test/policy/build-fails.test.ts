import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, cleanUp, fixture, makeContent } from './helpers.ts';

afterAll(cleanUp);

// The hook's errors, one by one, are tested without a build (content-check-hook.test.ts); this
// proves that Astro really stops on them and prints them readably.
describe('npm run build runs the content check first', () => {
  it(
    'stops on a post with an unknown category, naming the file and the field, without a stack trace or a built site',
    async () => {
      const dir = await makeContent({ 'posts/en/press.md': fixture('posts/post-with-unknown-category.md') });
      const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, HUB_CONTENT_DIR: dir, HUB_OUT_DIR: join(dir, 'dist'), HUB_NOW: '2026-11-23', NO_COLOR: '1' },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(/\[content check\] Build stopped: the content breaks the content policy\./);
      expect(output).toMatch(/posts\/en\/press\.md\n\s+4:1\s+error\s+category: "press-releases" is not a category of this hub/);
      expect(output).toMatch(/Fix the lines above, then build again/);
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/Stack trace/);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    },
    120_000,
  );

  it(
    'stops on a hub.yaml with a broken site address, naming the line, without a stack trace or a built site',
    async () => {
      const dir = await makeContent();
      const hubFile = join(dir, 'hub.yaml');
      writeFileSync(hubFile, readFileSync(hubFile, 'utf8').replace(/^site: .*$/m, 'site: advocacy.example'));
      const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, HUB_CONTENT_DIR: dir, HUB_OUT_DIR: join(dir, 'dist'), NO_COLOR: '1' },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toMatch(/\[settings\] Build stopped: the hub settings \(hub\.yaml\) have problems\./);
      expect(output).toMatch(/hub\.yaml:\d+:1 site: must be a full address starting with https:\/\//);
      expect(output).not.toMatch(/^\s+at /m);
      expect(existsSync(join(dir, 'dist'))).toBe(false);
    },
    120_000,
  );
});
