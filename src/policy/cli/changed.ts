import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HUB_FILE, KIND_FOLDERS, MEDIA_DIR, POLICY_FILE } from '../../reading/paths.ts';
import { classify } from '../../reading/discover.ts';

/**
 * The content files changed since a git ref (committed, staged, unstaged or new), as absolute
 * paths; `'all'` when a file every post depends on changed (the policy, hub.yaml, a campaign).
 * Throws a one-line message when git cannot answer.
 */
export function changedContentFiles(ref: string, contentDir: string): string[] | 'all' {
  // Ask the repository the content folder belongs to (HUB_CONTENT_DIR may point at another one).
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new Error(`git could not list the files changed since "${ref}"${stderr ? `: ${stderr}` : ''}`);
    }
  };
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const names = [
    ...git(['diff', '--name-only', '-z', ref, '--']).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z']).split('\0'),
  ].filter(Boolean);
  const dir = realpathSync(resolve(contentDir)); // git answers with real paths
  const files = new Set<string>();
  for (const name of names) {
    const path = join(top, name);
    const inside = relative(dir, path);
    if (inside.startsWith('..') || inside === '') continue;
    const parts = inside.split(sep);
    if (inside === POLICY_FILE || inside === HUB_FILE || parts[0] === KIND_FOLDERS.campaign || parts[0] === MEDIA_DIR) return 'all';
    if (existsSync(path) && !('ignored' in classify(dir, path))) files.add(path);
  }
  return [...files].sort();
}
