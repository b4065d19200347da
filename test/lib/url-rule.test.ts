import { describe, expect, it } from 'vitest';
import { hubUrlRule, judgeUrl } from '../../src/lib/url-rule.ts';

describe('judgeUrl: one rule for every URL', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '\tjava\nscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript&colon;alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#106avascript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    'ftp://example.com/',
  ])('refuses %j as a link', (raw) => {
    expect(judgeUrl(raw, 'link').ok).toBe(false);
  });

  it('accepts https links anywhere and paths on the hub', () => {
    expect(judgeUrl('https://news.example/story', 'link').ok).toBe(true);
    expect(judgeUrl('HTTPS://news.example/story', 'link').ok).toBe(true);
    expect(judgeUrl('/guidelines/', 'link')).toMatchObject({ ok: true, relative: true });
    expect(judgeUrl('#top', 'link')).toMatchObject({ ok: true, relative: true });
    expect(judgeUrl('../media/x.jpg', 'resource')).toMatchObject({ ok: true, relative: true });
  });

  it('takes mailto: only where an address is meant', () => {
    expect(judgeUrl('mailto:lead@example.com', 'link').ok).toBe(false);
    expect(judgeUrl('mailto:lead@example.com', 'contact').ok).toBe(true);
    expect(judgeUrl('tel:+441234', 'contact').ok).toBe(false);
    expect(judgeUrl('tel:+441234', 'body-link').ok).toBe(true);
  });

  it('loads resources only from the hub or a listed host', () => {
    expect(judgeUrl('https://tracker.example/p.png', 'resource').ok).toBe(false);
    expect(judgeUrl('//tracker.example/p.png', 'resource').ok).toBe(false);
    expect(judgeUrl('https://media.acme.example/p.png', 'resource', { resourceHosts: ['media.acme.example'] }).ok).toBe(true);
    expect(judgeUrl('https://MEDIA.acme.example/p.png', 'resource', { resourceHosts: ['media.acme.example'] }).ok).toBe(true);
    expect(judgeUrl('https://evil.media.acme.example/p.png', 'resource', { resourceHosts: ['media.acme.example'] }).ok).toBe(false);
  });

  it('refuses paths where a full address is required', () => {
    expect(judgeUrl('/program/', 'link', { relative: false }).ok).toBe(false);
    expect(judgeUrl('https://hub.example/', 'link', { relative: false }).ok).toBe(true);
  });
});

describe('the hosts a hub may load resources from', () => {
  const hub = { site: 'https://Hub.Example.org/advocacy/', resource_hosts: ['cdn.example.net'] };
  it('are its own site’s host and the hosts hub.yaml lists, and no other', () => {
    expect(hubUrlRule(hub).resourceHosts).toEqual(['hub.example.org', 'cdn.example.net']);
    expect(judgeUrl('https://hub.example.org/media/a.jpg', 'resource', hubUrlRule(hub)).ok).toBe(true);
    expect(judgeUrl('https://cdn.example.net/a.jpg', 'resource', hubUrlRule(hub)).ok).toBe(true);
    expect(judgeUrl('https://tracker.example/a.gif', 'resource', hubUrlRule(hub)).ok).toBe(false);
  });
});
