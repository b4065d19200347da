import { spawnSync } from 'node:child_process';

/** The environment variable that holds the secret that keys codes (see keyed-code.ts). */
export const CODE_SECRET_VARIABLE = 'HUB_CODE_SECRET';
export const MIN_SECRET_LENGTH = 32;

/** Runs git with `input` on its standard input; replaceable in tests. */
export type RunGit = (args: string[], cwd: string, input?: string) => { status: number | null; stdout: string };

const runGit: RunGit = (args, cwd, input) => {
  const result = spawnSync('git', args, { cwd, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  return { status: result.error ? null : result.status, stdout: result.stdout ?? '' };
};

/**
 * The files of the git repository around `dir` that hold `secret`: tracked ones (as they are on
 * disk and as staged) and new ones git would commit (not ignored). The secret goes to git on its
 * standard input, never on the command line, where other users of the machine could read it.
 * An empty list outside a repository (or without git): nothing there can be committed.
 */
export function filesHoldingSecret(secret: string, dir: string, git: RunGit = runGit): string[] {
  const top = git(['rev-parse', '--show-toplevel'], dir);
  if (top.status !== 0) return [];
  const root = top.stdout.trim();
  const found = new Set<string>();
  for (const where of [['--untracked'], ['--cached']]) {
    const result = git(['grep', '--no-color', '-l', '-z', '-F', ...where, '-f', '-'], root, secret);
    // 1 is git grep's "no match"; anything else but 0 means it could not search.
    if (result.status === 1) continue;
    if (result.status !== 0) throw new Error(`git could not search the repository at ${root} for the secret`);
    for (const file of result.stdout.split('\0')) if (file) found.add(file);
  }
  return [...found].sort();
}

const HOW_TO_KEEP = [
  `Create one once, for example with: openssl rand -base64 48`,
  `Keep it where the program team keeps passwords (a password manager) and, for automated runs,`,
  `as a secret of your CI (GitHub: Settings > Secrets and variables > Actions). Never write it in a`,
  `file of the repository. Then run, in the same terminal:`,
  `  export ${CODE_SECRET_VARIABLE}='the secret'`,
  `The same secret always gives the same codes: lose it and the codes of the next run differ.`,
].join('\n');

/**
 * The program team's secret from the environment, or why it cannot be used, in words that say
 * how to set one up: missing, too short, or written in a file of the repository around `dir`.
 */
export function codeSecretFrom(env: Readonly<Record<string, string | undefined>>, dir: string, git: RunGit = runGit): { secret: string } | { problem: string } {
  const secret = env[CODE_SECRET_VARIABLE];
  if (secret === undefined || secret === '') {
    return {
      problem: `${CODE_SECRET_VARIABLE} is not set. Codes for emails are keyed by a secret that only the program team holds, so that nobody else can work out whose a code is.\n${HOW_TO_KEEP}`,
    };
  }
  if ([...secret].length < MIN_SECRET_LENGTH) {
    return { problem: `${CODE_SECRET_VARIABLE} is ${[...secret].length} characters long; it must have at least ${MIN_SECRET_LENGTH}, so that it cannot be guessed.\n${HOW_TO_KEEP}` };
  }
  // git reads the secret as a list of patterns, one a line; and no secret manager adds a line break.
  if (/[\r\n]/.test(secret)) return { problem: `${CODE_SECRET_VARIABLE} holds a line break; it must be one line.\n${HOW_TO_KEEP}` };
  let files: string[];
  try {
    files = filesHoldingSecret(secret, dir, git);
  } catch (error) {
    return { problem: `${(error as Error).message}, so ${CODE_SECRET_VARIABLE} cannot be checked; run the command where git works.` };
  }
  if (files.length > 0) {
    return {
      problem: [
        `${CODE_SECRET_VARIABLE} is written in ${files.length === 1 ? 'a file' : 'files'} of the repository, where anyone who can read it could work out whose every code is:`,
        ...files.map((file) => `  ${file}`),
        `Take it out of ${files.length === 1 ? 'that file' : 'those files'}. If it was ever committed or pushed, it is no longer secret: create a new one and keep it only in a password manager or a CI secret.`,
      ].join('\n'),
    };
  }
  return { secret };
}
