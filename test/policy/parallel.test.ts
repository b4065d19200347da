import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/policy/engine.ts';
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
});
