import { existsSync, renameSync, rmSync } from 'node:fs';

/** The file-system steps `replaceFolder` takes, so that a test can make one of them fail. */
export interface FolderSteps {
  rename: (from: string, to: string) => void;
  remove: (path: string) => void;
}

const DISK: FolderSteps = { rename: renameSync, remove: (path) => rmSync(path, { recursive: true, force: true }) };

/** Why a folder could not be replaced, and what is on disk now, in words. */
export class ReplaceProblem extends Error {}

/**
 * Puts `replacement` in the place of `target` without a moment where a failure loses either:
 * `target` is renamed to a backup beside it, `replacement` is renamed in, and only then is the
 * backup deleted. If the second rename fails, the backup is renamed back. A failure to delete the
 * backup afterwards loses nothing either; the message names the leftover folder.
 */
export function replaceFolder(target: string, replacement: string, steps: FolderSteps = DISK): void {
  if (!existsSync(target)) {
    steps.rename(replacement, target);
    return;
  }
  const backup = `${target}.before-init-${process.pid}`;
  steps.rename(target, backup);
  try {
    steps.rename(replacement, target);
  } catch (error) {
    try {
      steps.rename(backup, target);
    } catch {
      throw new ReplaceProblem(`the new hub could not be put in place (${reasonOf(error)}), and the old content could not be moved back either: it is in ${backup}; rename that folder back`);
    }
    throw new ReplaceProblem(`the new hub could not be put in place (${reasonOf(error)}); the content is as it was`);
  }
  try {
    steps.remove(backup);
  } catch (error) {
    throw new ReplaceProblem(`the new hub is in place, but the old content could not be deleted (${reasonOf(error)}): delete ${backup} yourself`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
