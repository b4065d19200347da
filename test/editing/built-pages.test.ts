import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { html, testDist } from '../build/dist.ts';

const SITE = 'https://hub.tidewater-cycles.example';
const REPO = 'https://github.com/tidewater-cycles/advocacy-hub';
/** Where the built hub's files are in the repository: edit links point there (content/ in a company's hub). */
const FOLDER = 'test/fixtures/hub';
/** A live post of the demo without its own image. */
const POST_WITHOUT_IMAGE = 'e-bike-commuting-kl';

function meta(page: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];
}

const decode = (href: string) => href.replace(/&amp;/g, '&');

describe.each(['', '/ms', '/it'])('a post without its own image (%s)', (prefix) => {
  const page = html(`${prefix}/posts/${POST_WITHOUT_IMAGE}/`);

  it('has a drawn 1200×630 preview in og:image and twitter:image, by absolute URL', async () => {
    const url = meta(page, 'og:image');
    expect(url).toMatch(new RegExp(`^${SITE}/previews/[0-9a-f]{16}\\.png$`));
    expect(meta(page, 'twitter:image')).toBe(url);
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt')).toContain('Tidewater Cycles');
    const file = join(testDist, new URL(url!).pathname);
    expect(await sharp(file).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('links to its file in the repository and to the suggestion page', () => {
    const lang = prefix.slice(1) || 'en';
    expect(page).toContain(`href="${REPO}/edit/main/${FOLDER}/posts/${lang}/${POST_WITHOUT_IMAGE}.md"`);
    expect(page).toContain(`href="${prefix}/suggest/"`);
  });
});

describe('a post with its own image', () => {
  it('keeps its picture as the preview', () => {
    expect(meta(html('/posts/ebbtide-launch-day/'), 'og:image')).toMatch(new RegExp(`^${SITE}/_astro/`));
  });
});

describe('the FAQ page', () => {
  it('has a small "Edit" link to each question’s own file', () => {
    const page = html('/it/faq/');
    const questions = page.match(/<article class="question"/g)?.length ?? 0;
    const edits = [...page.matchAll(/<a href="([^"]+)"[^>]*aria-label="Modifica la risposta a “[^"]+”"[^>]*>Modifica<\/a>/g)].map((m) => m[1]);
    expect(questions).toBeGreaterThan(3);
    expect(edits).toHaveLength(questions);
    for (const href of edits) expect(href).toMatch(new RegExp(`^${REPO}/edit/main/${FOLDER}/faq/it/[a-z0-9-]+\\.md$`));
  });
});

describe('the "Suggest a post" page', () => {
  const page = html('/suggest/');
  const href = (kind: string) => decode(new RegExp(`href="([^"]+)"[^>]*data-suggest="${kind}"`).exec(page)?.[1] ?? '');

  it('opens a new issue prefilled with the post template', () => {
    const url = new URL(href('issue'));
    expect(url.origin + url.pathname).toBe(`${REPO}/issues/new`);
    expect(url.searchParams.get('title')).toBe('Post suggestion: ');
    expect(url.searchParams.get('body')).toMatch(/```yaml\n---\n# The headline[\s\S]*\ncaptions:\n[\s\S]*```/);
  });

  it('opens a new post file with the template, and explains what happens next', () => {
    const url = new URL(href('file'));
    expect(url.pathname).toBe('/tidewater-cycles/advocacy-hub/new/main');
    expect(url.searchParams.get('filename')).toBe(`${FOLDER}/posts/en/new-post.md`);
    expect(url.searchParams.get('value')).toMatch(/^---\n[\s\S]*draft: true/);
    expect(page).toContain('What happens next');
    expect(page).toMatch(/pull request/);
  });

  it('is in each language', () => {
    expect(html('/ms/suggest/')).toContain('Cadangkan hantaran');
    expect(html('/it/suggest/')).toContain('Proponi un post');
  });
});

describe('the browser editor at /admin/', () => {
  it('loads the editor from this site, with the generated configuration beside it', () => {
    const page = readFileSync(join(testDist, 'admin', 'index.html'), 'utf8');
    expect(page).toContain('<script src="/admin/cms.js"></script>');
    expect(page).toContain('href="/admin/config.yml"');
    expect(page).toContain('<meta name="robots" content="noindex"');
    expect(page).not.toMatch(/https?:\/\/(?!hub\.tidewater)[^"]*\.(js|css|woff2)/);
    expect(existsSync(join(testDist, 'admin', 'cms.js'))).toBe(true);
  });

  it('is configured for the demo repository with the editorial workflow', () => {
    const config = parse(readFileSync(join(testDist, 'admin', 'config.yml'), 'utf8'));
    expect(config.backend).toMatchObject({ name: 'github', repo: 'tidewater-cycles/advocacy-hub', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.map((c: { name: string }) => c.name)).toContain('post-ms');
  });
});
