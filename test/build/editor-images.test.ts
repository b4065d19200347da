import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, repoRoot } from './dist.ts';

/**
 * The browser editor's image button writes `![alt](/media/<file>)` (its public folder, then the
 * file's name). A hub whose post (.md) and guideline (.mdx) hold pictures in that form
 * (test/fixtures/hub-with-editor-images) passes the check, builds, and shows them: published by
 * Astro into /_astro/ and resized like any other body image, with nothing left pointing at /media/,
 * which the build does not copy.
 */
const fixture = join(repoRoot, 'test', 'fixtures', 'hub-with-editor-images');
const work = mkdtempSync(join(tmpdir(), 'hub-editor-images-'));
const out = join(work, 'dist');

beforeAll(() => {
  const result = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    // NODE_ENV=test (set by vitest) would make Vite build in development mode.
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: fixture, HUB_OUT_DIR: out, HUB_CACHE_DIR: join(work, 'cache') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The `<img>` tags of a built page with the given alt text, as attribute maps. */
function imagesWithAlt(path: string, alt: string): Record<string, string>[] {
  const page = readFileSync(join(out, path, 'index.html'), 'utf8');
  return [...page.matchAll(/<img\s([^>]*)>/g)]
    .map((tag) => Object.fromEntries([...tag[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
    .filter((attributes) => attributes.alt === alt);
}

describe("pictures inserted with the browser editor's image button", () => {
  it.each([
    ['a post (.md)', '/posts/kl-solar-roof/', 'Commuters on teal e-bikes waiting at a green light in the morning', 'ride-to-work-commuters'],
    ['a guideline (.mdx)', '/guidelines/photos/', 'A long teal factory building with solar panels on the roof', 'kl-solar-roof'],
  ])('show on %s, published by Astro into /_astro/ and resized', (_kind, path, alt, name) => {
    const [image, ...more] = imagesWithAlt(path, alt);
    expect(more).toEqual([]);
    expect(image?.src).toMatch(new RegExp(`^/_astro/${name}\\.[\\w-]+\\.webp$`));
    expect(existsSync(join(out, image!.src!))).toBe(true);
    expect(image).toMatchObject({ width: '1200', height: '630', loading: 'lazy' });
    expect(readFileSync(join(out, path, 'index.html'), 'utf8')).not.toContain('/media/');
  });

  it('leave the post picture picked in the same form (/media/ in image.src) working', () => {
    const [hero] = imagesWithAlt('/posts/kl-solar-roof/', 'Illustration of a long teal factory building with a row of dark blue solar panels on the roof, a bright amber sun and a pale city skyline behind.');
    expect(hero?.src).toMatch(/^\/_astro\/kl-solar-roof\.[\w-]+\.webp$/);
  });
});
