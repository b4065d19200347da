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

export const HUB_FILE = 'hub.yaml';
export const POLICY_FILE = 'policy.yaml';
export const MEDIA_DIR = 'media';

/** A path as shown to people: relative to the working directory, forward slashes. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}

/** Campaign ids are the names of the YAML files in `campaigns/`. */
export function listCampaignIds(dir: string): string[] {
  const folder = join(dir, 'campaigns');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Whether `content/media/<name>` exists, read once per call site (the folder listing is cached). */
export function mediaLookup(dir: string): (fileName: string) => boolean {
  const folder = join(dir, MEDIA_DIR);
  const names = new Set(existsSync(folder) ? readdirSync(folder) : []);
  return (fileName) => !fileName.includes('/') && !fileName.includes('\\') && names.has(fileName);
}
