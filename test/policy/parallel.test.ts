import { afterAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkContent, checkFiles, prepare } from '../../src/policy/engine.ts';
import { discoverContent } from '../../src/reading/discover.ts';
import { checkInParallel } from '../../src/policy/parallel.ts';
import { TODAY, cleanUp, fixture, makeContent } from './helpers.ts';

afterAll(cleanUp);

describe('large runs on worker threads', { timeout: 90_000 }, () => {
  it('find exactly what one thread finds, in the same order', async () => {
    const files: Record<string, string> = {};
    const names = ['post-valid.md', 'post-with-banned-term.md', 'post-with-misspelled-brand.md', 'post-with-unknown-category.md', 'post-with-small-image.md'];
    for (let i = 0; i < 60; i++) {
      const name = names[i % names.length]!;
      files[`posts/en/${String(i).padStart(3, '0')}-${name}`] = fixture(`posts/${name}`);
    }
    const dir = await makeContent(files);
    const single = await checkContent({ contentDir: dir, now: TODAY, threads: 1 });
    const threaded = await checkContent({ contentDir: dir, now: TODAY, threads: 2 });
    expect(single.findings.length).toBe(48);
    expect(threaded.threads).toBe(2);
    expect(threaded.findings).toEqual(single.findings);
    expect(threaded.checked).toBe(single.checked);
  });

  it('share the batches between this thread and a worker, and lose none', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`posts/en/${String(i).padStart(3, '0')}-banned.md`] = fixture('posts/post-with-banned-term.md');
    const dir = await makeContent(files);
    const prepared = prepare(dir, TODAY);
    if (!('context' in prepared)) throw new Error('the test content should load');
    const sources = discoverContent(dir).files;
    let checkedHere = 0;
    // A slow thread: the worker has time to load and take its share.
    const checked = await checkInParallel(dir, TODAY, sources, 1, async (batch) => {
      checkedHere += batch.length;
      await sleep(600);
      return checkFiles(prepared, batch);
    });
    expect(checkedHere).toBeGreaterThan(0);
    expect(checkedHere).toBeLessThan(sources.length);
    const findings = checked.flatMap((file) => file.findings);
    expect(findings.filter((finding) => finding.ruleId === 'no-politics')).toHaveLength(400);
    expect(new Set(findings.map((finding) => finding.file)).size).toBe(400);
  });
});
