import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { hubCsp } from '../../src/integrations/content-security-policy.ts';
import { testDist } from './dist.ts';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** The policies a page declares in <meta http-equiv> (directive name → sources), and what comes before the first. */
function policies(html: string): Map<string, string[]>[] {
  return readPage(html).policies;
}

function readPage(html: string): { policies: Map<string, string[]>[]; codeBeforePolicy: string[] } {
  const found: Map<string, string[]>[] = [];
  const codeBeforePolicy: string[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('tagName' in node) {
      const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
      if (node.tagName === 'meta' && attr('http-equiv')?.toLowerCase() === 'content-security-policy') {
        const policy = new Map<string, string[]>();
        for (const directive of (attr('content') ?? '').split(';')) {
          const [name, ...sources] = directive.trim().split(/\s+/);
          if (name && !policy.has(name)) policy.set(name, sources);
        }
        found.push(policy);
      }
      // Data blocks (JSON-LD) are not scripts; everything else that runs or styles must come after the policy.
      const code =
        (node.tagName === 'script' && !attr('type')?.startsWith('application/')) || node.tagName === 'style' || (node.tagName === 'link' && attr('rel') === 'stylesheet');
      if (code && found.length === 0) codeBeforePolicy.push(node.tagName);
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return { policies: found, codeBeforePolicy };
}

const pages = readdirSync(testDist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(testDist, join(entry.parentPath, entry.name)));

describe('every page of the hub carries the hub’s Content-Security-Policy', () => {
  it('one policy per page, written before any script or style', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const { policies: found, codeBeforePolicy } = readPage(readFileSync(join(testDist, page), 'utf8'));
      expect(found, page).toHaveLength(1);
      expect(codeBeforePolicy, `${page}: scripts and styles before the policy`).toEqual([]);
    }
  });

  it('runs no inline script or handler the hub did not write, loads nothing from elsewhere, submits forms only to the hub', () => {
    for (const page of pages.filter((p) => !p.startsWith('admin/'))) {
      const [policy] = policies(readFileSync(join(testDist, page), 'utf8'));
      expect(policy!.get('script-src'), page).not.toContain("'unsafe-inline'");
      expect(policy!.get('script-src'), page).toContain("'self'");
      expect(policy!.get('script-src')!.some((source) => source.startsWith("'sha256-")), page).toBe(true);
      expect(policy!.get('style-src'), page).not.toContain("'unsafe-inline'");
      expect(policy!.get('default-src'), page).toEqual(["'self'"]);
      expect(policy!.get('object-src'), page).toEqual(["'none'"]);
      expect(policy!.get('base-uri'), page).toEqual(["'self'"]);
      expect(policy!.get('form-action'), page).toEqual(["'self'"]);
      expect(policy!.get('img-src'), page).toEqual(["'self'"]); // the demo lists no resource_hosts
      expect(policy!.get('media-src'), page).toEqual(["'self'"]);
      expect(policy!.get('worker-src'), page).toEqual(["'self'"]);
    }
  });

  it('/admin/ keeps only the editor’s own policy', () => {
    const [editor, ...more] = policies(readFileSync(join(testDist, 'admin', 'index.html'), 'utf8'));
    expect(more).toEqual([]);
    expect(editor!.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(editor!.get('connect-src')).toContain('https://api.github.com');
  });
});

describe('the policy follows hub.yaml', () => {
  it('lets pictures and media come from the hosts listed under resource_hosts, and nothing else', () => {
    const { directives, scriptDirective } = hubCsp({ resource_hosts: ['media.example.com'] }, ['console.log(1)']);
    expect(directives).toContain("img-src 'self' https://media.example.com");
    expect(directives).toContain("media-src 'self' https://media.example.com");
    expect(directives).toContain("connect-src 'self'");
    expect(scriptDirective?.hashes).toEqual(['sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=']);
  });
});
