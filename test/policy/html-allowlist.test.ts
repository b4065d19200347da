import { describe, expect, it } from 'vitest';
import { ALLOWED_ELEMENTS, GLOBAL_ATTRIBUTES, isAllowedAttribute } from '../../src/policy/html-allowlist.ts';
import { addressesIn } from '../../src/lib/url-attributes.ts';
import { srcsetUrls } from '../../src/lib/srcset.ts';
import { htmlProblems } from '../../src/policy/markdown/raw-html.ts';

describe('the raw HTML allowlist', () => {
  it('has no element or attribute that runs code, restyles the page or loads another page', () => {
    for (const element of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'base', 'meta', 'link', 'svg', 'math', 'set', 'animate', 'noscript', 'template', 'textarea', 'title']) {
      expect(ALLOWED_ELEMENTS, element).not.toHaveProperty(element);
    }
    const attributes = [...GLOBAL_ATTRIBUTES, ...Object.values(ALLOWED_ELEMENTS).flat()];
    expect(attributes.filter((name) => name.startsWith('on') || ['style', 'srcdoc', 'class', 'id', 'name', 'target', 'ping', 'action', 'formaction'].includes(name))).toEqual([]);
    expect(isAllowedAttribute('img', 'srcset')).toBe(true);
    expect(isAllowedAttribute('a', 'target')).toBe(false);
  });

  it('reads every candidate of a srcset, commas inside an address included', () => {
    expect(srcsetUrls('a.jpg 1x, https://x.example/b,c.jpg 2x,d.jpg')).toEqual(['a.jpg', 'https://x.example/b,c.jpg', 'd.jpg']);
    expect(srcsetUrls('  a.jpg,  b.jpg 100w  ')).toEqual(['a.jpg', 'b.jpg']);
    expect(addressesIn('values', 'https://ok.example/; javascript:alert(1)')).toEqual(['https://ok.example/', 'javascript:alert(1)']);
  });

  it('sees what the browser sees, not what a pattern would', () => {
    const messages = (html: string) => htmlProblems(html, {}).map((problem) => problem.message.split(' ')[0]);
    // A ">" inside a quoted value does not end the tag; the handler after it is still an attribute.
    expect(messages('<img alt="a>b" src="/media/x.jpg" onerror="alert(1)">')).toEqual(['onerror=']);
    // Text that only looks like a tag, inside an allowed element's text, is text.
    expect(messages('<code>&lt;img src=x onerror=alert(1)&gt;</code>')).toEqual([]);
    // An attribute glued to the one before it is still an attribute.
    expect(messages('<a href="https://ok.example/"onclick="alert(1)">x</a>')).toEqual(['onclick=']);
  });
});
