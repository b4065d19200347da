import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/search/excerpt.ts';

describe('a search excerpt', () => {
  it('is cut into plain and highlighted pieces', () => {
    expect(excerptSegments('The <mark>Ebbtide</mark> e-bike is <mark>here</mark>')).toEqual([
      { text: 'The ', highlighted: false },
      { text: 'Ebbtide', highlighted: true },
      { text: ' e-bike is ', highlighted: false },
      { text: 'here', highlighted: true },
    ]);
  });

  it('shows escaped characters as the characters they stand for', () => {
    expect(excerptSegments('Repairs &amp; <mark>service</mark> &lt;3 &quot;free&quot; &#39;today&#39; caf&#xe9;')).toEqual([
      { text: 'Repairs & ', highlighted: false },
      { text: 'service', highlighted: true },
      { text: ` <3 "free" 'today' café`, highlighted: false },
    ]);
  });

  it('keeps anything else that looks like markup as visible text', () => {
    expect(excerptSegments('<img src=x onerror=alert(1)> and <b>bold</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> and <b>bold</b>', highlighted: false },
    ]);
  });

  it('leaves unknown entities alone', () => {
    expect(excerptSegments('&madeup; &#0;')).toEqual([{ text: '&madeup; &#0;', highlighted: false }]);
  });
});
