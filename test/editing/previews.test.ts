import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { drawPreview, previewFileName } from '../../src/previews/draw-preview.ts';
import { previewSvg, readableInk } from '../../src/previews/preview-svg.ts';
import { textWidth, wrapTitle } from '../../src/previews/wrap-title.ts';
import { categoryPreviewContent, drawnPreviewImage, previewCacheRoot } from '../../src/previews/site-previews.ts';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { fixtureHub } from '../build/dist.ts';

const cache = mkdtempSync(join(tmpdir(), 'hub-previews-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const launch = { title: 'The Ebbtide e-bike is here', label: 'Product announcements', footer: 'Tidewater Cycles', colour: '#0b5f73' };
const longTitle =
  'Thank you to every dealer who sold, fitted and serviced our bikes this year: the 2026 dealer awards celebrate service, community work and the best Ebbtide test-ride events in Malaysia and Italy';
const layout = { fontSize: 64, maxWidth: 1040, maxLines: 4 };

describe('drawn link previews', () => {
  it('are 1200×630 PNG images', async () => {
    const { file, cached } = await drawPreview(launch, cache);
    expect(cached).toBe(false);
    const meta = await sharp(file).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThan(300_000);
  });

  it('come from the cache the second time, without drawing again', async () => {
    const first = await drawPreview(launch, cache);
    const modified = statSync(first.file).mtimeMs;
    const second = await drawPreview(launch, cache);
    expect(second).toEqual({ file: first.file, cached: true });
    expect(statSync(second.file).mtimeMs).toBe(modified);
  });

  it('are drawn again when anything shown changes: title, label, organisation or colour', () => {
    const names = new Set([
      previewFileName(launch),
      previewFileName({ ...launch, title: 'The Ebbtide e-bike is here!' }),
      previewFileName({ ...launch, label: 'News' }),
      previewFileName({ ...launch, footer: 'Tidewater' }),
      previewFileName({ ...launch, colour: '#123456' }),
    ]);
    expect(names.size).toBe(5);
  });

  it('wrap a long title within the picture and shorten it with an ellipsis', () => {
    const { lines, shortened } = wrapTitle(longTitle, layout);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/\S…$/);
    for (const line of lines) expect(textWidth(line, 64)).toBeLessThanOrEqual(1040);
    const svg = previewSvg({ ...launch, title: longTitle });
    expect(svg.match(/<tspan/g)).toHaveLength(4);
  });

  it('keep a short title whole, and break a word too long for one line', () => {
    expect(wrapTitle('The Ebbtide e-bike is here', layout)).toEqual({ lines: ['The Ebbtide e-bike is here'], shortened: false });
    const word = wrapTitle('Pneumonoultramicroscopicsilicovolcanoconiosis', layout);
    expect(word.lines.join('')).toBe('Pneumonoultramicroscopicsilicovolcanoconiosis');
    expect(word.lines.length).toBeGreaterThan(1);
  });

  it('escape text so that a title cannot break the drawing', () => {
    const svg = previewSvg({ ...launch, title: 'Fish & chips <3 "always"' });
    expect(svg).toContain('Fish &amp; chips &lt;3 &quot;always&quot;');
  });

  it('write in white on dark brand colours and in near-black on light ones', () => {
    expect(readableInk('#0b5f73')).toBe('#ffffff');
    expect(readableInk('#f4d35e')).toBe('#111111');
  });

  it('are linked with absolute URLs under the hub base path', () => {
    const image = drawnPreviewImage(launch, { site: 'https://hub.example.com', base: '/advocacy/' });
    expect(image.url).toMatch(/^https:\/\/hub\.example\.com\/advocacy\/previews\/[0-9a-f]{16}\.png$/);
    expect(image).toMatchObject({ width: 1200, height: 630, alt: 'The Ebbtide e-bike is here · Product announcements · Tidewater Cycles' });
  });

  it('are one per category and language for posts without an image, however many posts there are', () => {
    const hub = loadHubConfig(fixtureHub);
    const recruiting = categoryPreviewContent('recruiting', 'it', hub);
    expect(recruiting).toMatchObject({ label: 'Lavora con noi', footer: 'Tidewater Cycles' });
    expect(previewFileName(categoryPreviewContent('recruiting', 'it', hub))).toBe(previewFileName(recruiting));
    expect(previewFileName(categoryPreviewContent('recruiting', 'en', hub))).not.toBe(previewFileName(recruiting));
    expect(previewFileName(categoryPreviewContent('thought-leadership', 'it', hub))).not.toBe(previewFileName(recruiting));
  });

  it('are cached in the Astro cache folder of the build', () => {
    expect(previewCacheRoot({ HUB_CACHE_DIR: '/tmp/bench-cache' })).toBe('/tmp/bench-cache/hub-previews');
    expect(previewCacheRoot({})).toMatch(/node_modules\/\.astro\/hub-previews$/);
  });
});
