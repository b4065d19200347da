import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditPage } from '../../src/lib/built-page-audit.ts';
import { addressesIn, URL_ATTRIBUTES } from '../../src/lib/url-attributes.ts';
import { htmlProblems } from '../../src/policy/markdown/raw-html.ts';

/**
 * The content check (raw HTML in a post) and the audit of built pages read one table of the
 * attributes that hold addresses. These tests hold both to every row of it: were either to keep
 * a list of its own again, a row it forgot or judged otherwise would fail here.
 */
const BOOT = 'void 0;';
const hash = createHash('sha256').update(BOOT).digest('base64');
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${hash}'"><title>t</title></head><body>\n${body}\n<script>${BOOT}</script></body></html>`;

/** An element the attribute holds an address on: SVG animation values only on an animation element. */
const elementFor = (attribute: string, value: string) =>
  URL_ATTRIBUTES[attribute]?.animation ? `<svg><set attributeName="href" ${attribute}="${value}"></set></svg>` : `<span ${attribute}="${value}">x</span>`;

const audited = (attribute: string, value: string) =>
  auditPage(page(elementFor(attribute, value)), { resourceHosts: ['hub.example.org'], hubHost: 'hub.example.org' }).map((problem) => problem.message);
const checked = (attribute: string, value: string) => htmlProblems(`<span ${attribute}="${value}">x</span>`, { resourceHosts: ['hub.example.org'] }).map((problem) => problem.message);

const ATTRIBUTES = Object.keys(URL_ATTRIBUTES);

describe('one table of the attributes that hold an address', () => {
  it.each(ATTRIBUTES)('the check and the audit both refuse a javascript: address in %s', (attribute) => {
    expect(audited(attribute, 'javascript:alert(1)').join('\n')).toContain(`${attribute}: "javascript:alert(1)"`);
    expect(checked(attribute, 'javascript:alert(1)').join('\n')).toContain(`${attribute}="javascript:alert(1)"`);
  });

  it.each(ATTRIBUTES)('the check and the audit agree whether %s loads from another host by itself', (attribute) => {
    const elsewhere = 'https://elsewhere.example/file';
    const loads = URL_ATTRIBUTES[attribute]!.use === 'resource';
    const refusedAsResource = (messages: string[]) => messages.some((message) => message.includes('loads from elsewhere.example'));
    expect(refusedAsResource(audited(attribute, elsewhere))).toBe(loads);
    expect(refusedAsResource(checked(attribute, elsewhere))).toBe(loads);
  });

  it('reads every address of a list, and none from an attribute that holds none, whatever its name', () => {
    expect(addressesIn('ping', ' https://a.example/  https://b.example/ ')).toEqual(['https://a.example/', 'https://b.example/']);
    expect(addressesIn('values', 'https://ok.example/; javascript:alert(1)')).toEqual(['https://ok.example/', 'javascript:alert(1)']);
    for (const name of ['title', 'constructor', '__proto__', 'toString']) expect(addressesIn(name, 'javascript:alert(1)')).toEqual([]);
  });
});
