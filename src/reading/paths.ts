import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The folder comms edits. `HUB_CONTENT_DIR` points elsewhere (the benchmark and the tests use
 * it to build generated or fixture content with the same code).
 */
export function contentDir(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.HUB_CONTENT_DIR;
  if (fromEnv) return isAbsolute(fromEnv) ? fromEnv : resolve(cwd, fromEnv);
  return resolve(cwd, 'content');
}

/*
 * How a content folder is laid out, written once: its two settings files, the folder of each
 * kind of content file and the extensions read there, and the pictures' folder. The check
 * (discover.ts), Astro's collections (src/content.config.ts, through `collectionFiles`), the
 * commands and the browser editor's configuration all read the layout from here.
 */
export const HUB_FILE = 'hub.yaml';
export const POLICY_FILE = 'policy.yaml';
export const MEDIA_DIR = 'media';

/** The kinds of content file that live in a folder of their own. */
export type FolderKind = 'post' | 'guideline' | 'faq' | 'campaign';

/** The folder of each kind, directly in the content folder. */
export const KIND_FOLDERS = { post: 'posts', guideline: 'guidelines', faq: 'faq', campaign: 'campaigns' } as const satisfies Record<FolderKind, string>;

/** Posts, guidelines and FAQ entries: Markdown or MDX, in a folder per language (posts/en/launch.md). */
export const PAGE_EXTENSIONS = ['md', 'mdx'] as const;

/** Campaigns: YAML files directly in their folder (campaigns/ride-to-work.yaml); the id is the name. */
export const CAMPAIGN_EXTENSIONS = ['yaml', 'yml'] as const;

/** The extensions read for a kind. */
export function extensionsOf(kind: FolderKind): readonly string[] {
  return kind === 'campaign' ? CAMPAIGN_EXTENSIONS : PAGE_EXTENSIONS;
}

/** A file name without its extension when the extension is one of `extensions`: `launch.mdx` → `launch`. */
export function stemOf(name: string, extensions: readonly string[]): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.includes(name.slice(dot + 1)) ? name.slice(0, dot) : undefined;
}

/** The files of a kind as Astro's glob loader is given them: the same files discover.ts finds. */
export function collectionFiles(dir: string, kind: FolderKind): { base: string; pattern: string } {
  const names = `*.{${extensionsOf(kind).join(',')}}`;
  return { base: join(dir, KIND_FOLDERS[kind]), pattern: kind === 'campaign' ? names : `*/${names}` };
}

/** A path as shown to people: relative to the working directory, forward slashes. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

/** Campaign ids are the names of the YAML files in `campaigns/`. */
export function listCampaignIds(dir: string): string[] {
  const folder = join(dir, KIND_FOLDERS.campaign);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => stemOf(name, CAMPAIGN_EXTENSIONS))
    .filter((id): id is string => id !== undefined)
    .sort();
}

/** Slugs of every post file, in any language folder (`content/posts/<locale>/<slug>.md`). */
export function listPostSlugs(dir: string): Set<string> {
  const folder = join(dir, KIND_FOLDERS.post);
  const slugs = new Set<string>();
  if (!existsSync(folder)) return slugs;
  for (const locale of readdirSync(folder, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    for (const name of readdirSync(join(folder, locale.name))) {
      const slug = stemOf(name, PAGE_EXTENSIONS);
      if (slug !== undefined) slugs.add(slug);
    }
  }
  return slugs;
}

/** Whether `content/media/<name>` exists, read once per call site (the folder listing is cached). */
export function mediaLookup(dir: string): (fileName: string) => boolean {
  const folder = join(dir, MEDIA_DIR);
  const names = new Set(existsSync(folder) ? readdirSync(folder) : []);
  return (fileName) => !fileName.includes('/') && !fileName.includes('\\') && names.has(fileName);
}
