import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Since } from './select.ts';
import { UsageError } from '../lib/command-line.ts';
import { KIND_FOLDERS } from '../reading/paths.ts';
import { isIsoDay, writtenAsIsoDay } from '../lib/iso-day.ts';

/** `--since 2026-11-16` → that day, or undefined when the text is not written as a date. */
export function parseSinceDate(text: string): Date | undefined {
  const day = text.trim();
  if (!writtenAsIsoDay(day)) return undefined;
  if (!isIsoDay(day)) {
    throw new UsageError(`--since ${text}: there is no such day; write a date as YYYY-MM-DD, for example 2026-11-16`);
  }
  return new Date(`${day}T00:00:00Z`);
}

/** Runs git and returns its output; throws when git fails. Replaceable in tests. */
export type RunGit = (args: string[], cwd: string) => string;

const runGit: RunGit = (args, cwd) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Resolves `--since DATE|REF`. A git ref (commit, tag, branch) means "the post files added to
 * the repository since then": `git diff --name-only --diff-filter=A REF -- <posts folder>`.
 */
export function resolveSince(text: string | undefined, contentDir: string, git: RunGit = runGit): Since {
  if (!text || text.trim() === '') {
    throw new UsageError('--since is missing: give a date (YYYY-MM-DD, posts published after that day) or a git commit, tag or branch (posts added since then)');
  }
  const date = parseSinceDate(text);
  if (date) return { kind: 'date', after: date };
  const ref = text.trim();
  // A ref starting with "-" would be read by git as an option.
  if (ref.startsWith('-') || /\s/.test(ref)) {
    throw new UsageError(`--since ${ref}: this is neither a date (YYYY-MM-DD) nor a git commit, tag or branch`);
  }
  const postsDir = join(contentDir, KIND_FOLDERS.post);
  if (!existsSync(postsDir)) return { kind: 'ref', ref, added: new Set() };
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], postsDir);
  } catch {
    throw new UsageError(
      `--since ${ref}: this is neither a date (YYYY-MM-DD) nor a commit, tag or branch of this repository. ` +
        'In CI, fetch the history too (for example "fetch-depth: 0" with actions/checkout).',
    );
  }
  const output = git(['diff', '--name-only', '--relative', '--diff-filter=A', ref, '--', '.'], postsDir);
  const added = new Set<string>();
  for (const line of output.split('\n')) {
    const match = /^([^/]+)\/([^/]+)\.mdx?$/.exec(line.trim());
    if (match) added.add(`${match[1]}/${match[2]}`);
  }
  return { kind: 'ref', ref, added };
}
