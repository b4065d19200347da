import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediaImageFromFile } from '../../src/reading/media-images.ts';

/** What the build and the check take a body image written as `/media/…` to mean (src/reading/media-images.ts). */
const content = join('/', 'hub', 'content');
const post = join(content, 'posts', 'en', 'launch.md');
const meaning = (url: string) => mediaImageFromFile(url, post, content);

describe('a body image written the browser editor’s way, /media/<file>', () => {
  it('is the picture in content/media/, addressed from the post', () => {
    expect(meaning('/media/bike.jpg')).toBe('../../media/bike.jpg');
    expect(meaning('/media/summer%20ride.jpg')).toBe('../../media/summer%20ride.jpg');
    expect(meaning('/media/bike.jpg?v=2#top')).toBe('../../media/bike.jpg');
  });

  it.each([
    ['a folder step', '/media/../secret.png'],
    ['an encoded folder step', '/media/%2e%2e/secret.png'],
    ['an encoded backslash step, which climbs on Windows', '/media/%2e%2e%5c%2e%2e%5csecret.png'],
    ['a backslash hidden in a name', '/media/..%5csecret.png'],
    ['an encoded slash', '/media/..%2f..%2fsecret.png'],
    ['a control character', '/media/bike%00.jpg'],
    ['a broken percent sign', '/media/bike%zz.jpg'],
    ['an empty segment', '/media//bike.jpg'],
    ['another folder from the root', '/images/bike.jpg'],
    ['another host', '//media/bike.jpg'],
    ['a path from the file', '../../media/bike.jpg'],
  ])('is not a picture in media/ when it has %s (%s): left as written for the check to refuse', (_what, url) => {
    expect(meaning(url)).toBeUndefined();
  });
});
