import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { CAMPAIGN_EXTENSIONS, HUB_FILE, KIND_FOLDERS, PAGE_EXTENSIONS, displayPath, stemOf } from './paths.ts';
import type { ContentFile } from './document.ts';
import type { Finding } from './finding.ts';

/** The folders of the kinds written per language, and their kind: posts → post. */
const LOCALE_FOLDERS: ReadonlyMap<string, 'post' | 'guideline' | 'faq'> = new Map(
  (['post', 'guideline', 'faq'] as const).map((kind) => [KIND_FOLDERS[kind], kind]),
);

/** Where a file stands in the content folder: a content file, a misplaced one, or none of ours. */
export type Classified = { file: ContentFile } | { misplaced: string } | { ignored: true };

/** Decides what a path is from its place under the content folder. */
export function classify(dir: string, path: string): Classified {
  const parts = relative(dir, path).split(sep);
  const [top, second, third] = parts;
  const name = parts.at(-1) ?? '';
  if (!top || top === '..' || parts.some((part) => part.startsWith('.'))) return { ignored: true };
  if (parts.length === 1) return top === HUB_FILE ? { file: { path, kind: 'hub' } } : { ignored: true };
  if (top === KIND_FOLDERS.campaign) {
    const slug = stemOf(name, CAMPAIGN_EXTENSIONS);
    if (parts.length === 2 && slug) return { file: { path, kind: 'campaign', slug } };
    return { misplaced: 'campaign files are YAML files directly in campaigns/, such as campaigns/ride-to-work.yaml; this one is ignored' };
  }
  const kind = LOCALE_FOLDERS.get(top);
  if (kind) {
    const slug = stemOf(name, PAGE_EXTENSIONS);
    if (parts.length === 3 && second && third && slug) return { file: { path, kind, locale: second, slug } };
    if (slug === undefined) return { misplaced: `only .md and .mdx files are read in ${top}/; this file is ignored` };
    return { misplaced: `this file is not in a language folder such as ${top}/en/, so it is not published; move it there` };
  }
  return { ignored: true };
}

/**
 * Every content file (posts, guidelines, FAQ, campaigns, hub settings), a warning for each
 * misplaced one, and an error for each file that is not what it seems (see `unsafeFiles`).
 * Symbolic links are never content files: what the check reads is what the build reads.
 */
export function discoverContent(dir: string): { files: ContentFile[]; misplaced: Finding[]; unsafe: Finding[] } {
  const files: ContentFile[] = [];
  const misplaced: Finding[] = [];
  const take = (path: string) => {
    const result = classify(dir, path);
    if ('file' in result) files.push(result.file);
    else if ('misplaced' in result) misplaced.push(misplacedFinding(path, result.misplaced));
  };
  const listing = listContentFolder(dir);
  for (const path of listing.files) take(path);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, misplaced, unsafe: [...listing.links.map((link) => linkFinding(dir, link)), ...sharedAddresses(files)] };
}

/**
 * The real files and the symbolic links anywhere under the content folder. The listing does not
 * follow links, so a linked folder is one entry, and nothing outside the folder is ever listed.
 */
function listContentFolder(dir: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  if (!existsSync(dir)) return { files, links };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) links.push(path);
    else if (entry.isFile()) files.push(path);
  }
  return { files, links };
}

/**
 * Astro's loaders follow symbolic links, and an .mdx file runs code when it is built: a link
 * could bring in a file the check never saw, from anywhere on the machine. So none is accepted.
 */
function linkFinding(dir: string, path: string): Finding {
  let target: string | undefined;
  try {
    target = realpathSync(path);
  } catch {
    // A link to nothing: refused all the same.
  }
  const inside = target !== undefined && !relative(realpathSync(dir), target).startsWith('..');
  const where =
    target === undefined
      ? 'it points to nothing'
      : inside
        ? `it points to ${displayPath(target)}`
        : `it points outside the content folder, to ${target}`;
  return {
    ...fileFinding(path),
    message: `this is a symbolic link, not a file (${where}); the hub reads only real files inside the content folder, so put the file itself here, or delete the link`,
  };
}

/**
 * The id Astro's glob loader gives a file, and so its page address: the file name (without its
 * extension) in lower case, with spaces as hyphens (github-slugger, as Astro slugs it). The name
 * is taken as it is on disk, accents written as a letter plus a mark included, as Astro takes it.
 */
export function entryIdOf(slug: string): string {
  return githubSlug(slug);
}

/**
 * Two files that Astro turns into one page or one id (`entryIdOf`). Accents may be written as
 * one character or as a letter plus a mark; both read the same, so they count as one here.
 * Astro would keep only one of the two files and drop the other with a warning lost in the log.
 */
function sharedAddresses(files: readonly ContentFile[]): Finding[] {
  const seen = new Map<string, ContentFile>();
  const findings: Finding[] = [];
  for (const file of files) {
    if (!file.slug) continue;
    const folder = file.kind === 'campaign' ? 'campaigns' : `${file.kind}/${githubSlug(file.locale ?? '')}`;
    const key = `${folder}/${entryIdOf(file.slug.normalize('NFC'))}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, file);
      continue;
    }
    findings.push({
      ...fileFinding(file.path),
      message: `this file and ${displayPath(first.path)} would become the same ${file.kind === 'campaign' ? 'campaign id' : 'page'} (their names differ only in capitals, spaces, accents or the extension), and the build would silently drop one; rename one of them`,
    });
  }
  return findings;
}

function fileFinding(path: string): Omit<Finding, 'message'> {
  return { file: displayPath(path), line: 1, column: 1, severity: 'error', ruleId: 'content-file' };
}

export function misplacedFinding(path: string, message: string): Finding {
  return { file: displayPath(path), line: 1, column: 1, severity: 'warning', ruleId: 'content-location', message };
}
