import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HUB_FILE, displayPath } from '../content/paths.ts';
import type { ContentFile } from './document.ts';
import type { Finding } from './finding.ts';

const LOCALE_FOLDERS = { posts: 'post', guidelines: 'guideline', faq: 'faq' } as const;

/** Where a file stands in the content folder: a content file, a misplaced one, or none of ours. */
export type Classified = { file: ContentFile } | { misplaced: string } | { ignored: true };

/** Decides what a path is from its place under the content folder. */
export function classify(dir: string, path: string): Classified {
  const parts = relative(dir, path).split(sep);
  const [top, second, third] = parts;
  const name = parts.at(-1) ?? '';
  if (!top || top === '..' || parts.some((part) => part.startsWith('.'))) return { ignored: true };
  if (parts.length === 1) return top === HUB_FILE ? { file: { path, kind: 'hub' } } : { ignored: true };
  if (top === 'campaigns') {
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (parts.length === 2 && match?.[1]) return { file: { path, kind: 'campaign', slug: match[1] } };
    return { misplaced: 'campaign files are YAML files directly in campaigns/, such as campaigns/ride-to-work.yaml; this one is ignored' };
  }
  if (top in LOCALE_FOLDERS) {
    const kind = LOCALE_FOLDERS[top as keyof typeof LOCALE_FOLDERS];
    const match = /^(.+)\.(md|mdx)$/.exec(name);
    if (parts.length === 3 && second && third && match?.[1]) return { file: { path, kind, locale: second, slug: match[1] } };
    if (!match) return { misplaced: `only .md and .mdx files are read in ${top}/; this file is ignored` };
    return { misplaced: `this file is not in a language folder such as ${top}/en/, so it is not published; move it there` };
  }
  return { ignored: true };
}

/** Every content file (posts, guidelines, FAQ, campaigns, hub settings), plus a warning for each misplaced one. */
export function discoverContent(dir: string): { files: ContentFile[]; misplaced: Finding[] } {
  const files: ContentFile[] = [];
  const misplaced: Finding[] = [];
  const take = (path: string) => {
    const result = classify(dir, path);
    if ('file' in result) files.push(result.file);
    else if ('misplaced' in result) misplaced.push(misplacedFinding(path, result.misplaced));
  };
  if (existsSync(join(dir, HUB_FILE))) take(join(dir, HUB_FILE));
  for (const top of ['campaigns', ...Object.keys(LOCALE_FOLDERS)]) {
    const folder = join(dir, top);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) take(join(entry.parentPath, entry.name));
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, misplaced };
}

export function misplacedFinding(path: string, message: string): Finding {
  return { file: displayPath(path), line: 1, column: 1, severity: 'warning', ruleId: 'content-location', message };
}
