import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './build/dist.ts';

/** The documentation a reader opens on GitHub: every relative link in it must lead somewhere. */
function documents(): string[] {
  const docs: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) docs.push(path);
    }
  };
  walk(join(repoRoot, 'docs'));
  return [join(repoRoot, 'README.md'), join(repoRoot, 'CONTRIBUTING.md'), ...docs];
}

interface Outline {
  tree: ReturnType<typeof parse>;
  anchors: Set<string>;
}

function parse(text: string) {
  return unified().use(remarkParse).parse(text);
}

const outlines = new Map<string, Outline>();
function outlineOf(file: string): Outline {
  let outline = outlines.get(file);
  if (!outline) {
    const tree = parse(readFileSync(file, 'utf8'));
    const slugger = new GithubSlugger();
    const anchors = new Set<string>();
    visit(tree, 'heading', (heading) => {
      anchors.add(slugger.slug(toString(heading)));
    });
    outline = { tree, anchors };
    outlines.set(file, outline);
  }
  return outline;
}

/** Where a relative link lands: a Markdown file (or a folder's README/index), or any other file. */
function target(from: string, path: string): string | undefined {
  const resolved = resolve(dirname(from), decodeURIComponent(path));
  try {
    const stat = statSync(resolved);
    if (!stat.isDirectory()) return resolved;
    for (const index of ['README.md', 'index.md']) {
      try {
        statSync(join(resolved, index));
        return join(resolved, index);
      } catch {
        // try the next
      }
    }
    return resolved;
  } catch {
    return undefined;
  }
}

describe('documentation links', () => {
  for (const file of documents()) {
    it(`every relative link and anchor in ${relative(repoRoot, file)} resolves`, () => {
      const broken: string[] = [];
      visit(outlineOf(file).tree, ['link', 'definition'], (node) => {
        const url = (node as { url: string }).url;
        const line = node.position?.start.line ?? 0;
        if (URL.canParse(url)) return; // another site, or mailto:
        if (url.startsWith('/')) {
          broken.push(`line ${line}: ${url} is a hub page, not a file in the repository; write it as code (\`${url}\`) or link to the file`);
          return;
        }
        const [path = '', anchor] = url.split('#');
        const landing = path === '' ? file : target(file, path);
        if (!landing) return broken.push(`line ${line}: ${url}: no such file`);
        if (anchor && landing.endsWith('.md') && !outlineOf(landing).anchors.has(anchor)) {
          broken.push(`line ${line}: ${url}: no heading with the anchor #${anchor} in ${relative(repoRoot, landing)}`);
        }
      });
      expect(broken).toEqual([]);
    });
  }

  it('keeps the README to a screen or two', () => {
    expect(readFileSync(join(repoRoot, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });
});
