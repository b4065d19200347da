import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { cleanUp, fixture, makeContent } from './helpers.ts';

afterAll(cleanUp);
afterEach(() => vi.unstubAllEnvs());

type Hook = NonNullable<ReturnType<typeof contentCheck>['hooks']['astro:config:setup']>;

/** What the editor's terminal would show: the lines the hook logged, by level. */
interface Logged {
  info: string[];
  warn: string[];
}

/** Astro's `astro:config:setup` hook of the integration, run on a content folder as `astro build` or `astro dev` would. */
async function runHook(dir: string, command: 'build' | 'dev'): Promise<Logged> {
  const logged: Logged = { info: [], warn: [] };
  const logger = { info: (line: string) => logged.info.push(line), warn: (line: string) => logged.warn.push(line), error() {} };
  const hook = contentCheck({ contentDir: dir }).hooks['astro:config:setup'] as Hook;
  const config = { cacheDir: pathToFileURL(join(dir, '.astro-cache/')) };
  await hook({ command, config, logger: logger as unknown as AstroIntegrationLogger } as unknown as Parameters<Hook>[0]);
  return logged;
}

/** The error the build stops with. */
async function stopped(dir: string): Promise<AstroError> {
  const error = await runHook(dir, 'build').then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AstroError);
  return error as AstroError;
}

describe('the build stops with an Astro error that says what to fix, not a stack trace', () => {
  it('names the file, line, field and the fix for a post that breaks the policy', async () => {
    vi.stubEnv('HUB_NOW', '2026-11-23');
    const dir = await makeContent({ 'posts/en/press.md': fixture('posts/post-with-unknown-category.md') });
    const error = await stopped(dir);
    expect(error.name).toBe('content check');
    expect(error.message).toBe('Build stopped: the content breaks the content policy.');
    expect(error.hint).toMatch(/posts\/en\/press\.md\n\s+4:1\s+error\s+category: "press-releases" is not a category of this hub; use one of: /);
    expect(error.hint).toMatch(/Fix the lines above, then build again \(npm run check shows the same report\)\.$/);
    expect(error.stack).toBe('');
  });

  it('says when the policy file itself has problems', async () => {
    vi.stubEnv('HUB_NOW', '2026-11-23');
    const dir = await makeContent({ 'policy.yaml': fixture('policies/policy-with-wrong-level.yaml') });
    const error = await stopped(dir);
    expect(error.message).toBe('Build stopped: the content policy file (policy.yaml) has problems.');
    expect(error.hint).toMatch(/policy\.yaml\n\s+\d+:\d+\s+error\s+/);
  });

  it('gives the reason alone when the check cannot run', async () => {
    vi.stubEnv('HUB_NOW', 'next tuesday');
    const dir = await makeContent({ 'posts/en/launch.md': fixture('posts/post-valid.md') });
    const error = await stopped(dir);
    expect(error.message).toBe('Build stopped: the content check could not run.');
    expect(error.hint).toBe('HUB_NOW="next tuesday" is not a date; write it as YYYY-MM-DD');
  });

  it('lets a build with warnings only go on, showing them', async () => {
    vi.stubEnv('HUB_NOW', '2026-11-23');
    const dir = await makeContent({ 'posts/en/launch.md': fixture('posts/post-expiring-soon.md') });
    const logged = await runHook(dir, 'build');
    expect(logged.warn.join('\n')).toMatch(/posts\/en\/launch\.md\n\s+\d+:\d+\s+warning\s+/);
  });

  it('only shows errors in dev: the server keeps running while the editor fixes them', async () => {
    vi.stubEnv('HUB_NOW', '2026-11-23');
    const dir = await makeContent({ 'posts/en/press.md': fixture('posts/post-with-unknown-category.md') });
    const logged = await runHook(dir, 'dev');
    expect(logged.warn.join('\n')).toMatch(/4:1\s+error\s+category: "press-releases" is not a category of this hub/);
  });
});
