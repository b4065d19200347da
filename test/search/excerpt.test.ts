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

  it('decodes every character reference as a browser does, not only a handful', () => {
    expect(excerptSegments('Caf&eacute; &hellip; it&rsquo;s <mark>&Eacute;t&eacute;</mark> &euro;5')).toEqual([
      { text: 'Café … it’s ', highlighted: false },
      { text: 'Été', highlighted: true },
      { text: ' €5', highlighted: false },
    ]);
  });

  it('leaves unknown entities alone, and shows a reference to no character as the replacement character, as a browser does', () => {
    expect(excerptSegments('&madeup; &#0;')).toEqual([{ text: '&madeup; \ufffd', highlighted: false }]);
  });

  it('keeps an escaped mark as text: only Pagefind\'s own marks highlight', () => {
    expect(excerptSegments('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([{ text: '<mark>not a match</mark>', highlighted: false }]);
  });
});
