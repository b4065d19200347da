/**
 * `npm run init`: turns this repository into a new company's minimal hub. It replaces the demo in
 * content/ (or HUB_CONTENT_DIR) with hub.yaml, a default policy.yaml, a welcome post per language,
 * the guideline pages that show the policy and a few FAQ entries, after checking them with the
 * hub's own schemas and content check. In a terminal it asks for what the flags do not say.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse, parseDocument } from 'yaml';
import { contentDir, displayPath } from '../src/reading/paths.ts';
import { UsageError, parseCommandArgs } from '../src/lib/command-line.ts';
import { checkContent } from '../src/policy/engine.ts';
import { linesForTerminal } from '../src/lib/terminal-text.ts';
import { replaceFolder } from '../src/scaffold/replace-folder.ts';
import { DEFAULT_NETWORKS, domainOfSite, planStarterHub, starterAnswersSchema, type StarterAnswers } from '../src/scaffold/starter-hub.ts';
import { starterTexts } from '../src/scaffold/starter-texts.ts';

const USAGE = `Usage: npm run init -- --name "Acme" --site https://advocacy.acme.example [--languages en,de]
  [--networks linkedin,x,…] [--owned-domains acme.example,…] [--program-lead-name "…"]
  [--program-lead-email advocacy@acme.example] [--yes]
Replaces the demo in ${displayPath(contentDir())}/ with a new, minimal hub. Without --yes it asks first.`;

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof Error && error.name === 'AbortError') {
    // Ctrl+C or Ctrl+D at a question: stop, having changed nothing.
    console.error('\nNothing changed.');
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    console.error(`npm run init: ${linesForTerminal(error.message)}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    // A folder that cannot be written, a full disk, a new hub that cannot be moved in: one
    // sentence that says what happened and what is on disk, never a stack trace.
    console.error(`npm run init stopped: ${linesForTerminal(error instanceof Error ? error.message : String(error))}.`);
    process.exitCode = 1;
  }
}

async function main(): Promise<number> {
  const { values } = parseCommandArgs({
    options: {
      name: { type: 'string' },
      site: { type: 'string' },
      languages: { type: 'string' },
      networks: { type: 'string' },
      'owned-domains': { type: 'string' },
      'program-lead-name': { type: 'string' },
      'program-lead-email': { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = contentDir();
  const shown = displayPath(dir);
  const unsaved = uncommittedChanges(dir);
  if (unsaved === undefined && !values.yes) {
    throw new UsageError(`git cannot tell whether ${shown}/ has changes that are not committed (it is not in a git repository, or git is not installed), and init deletes everything in it; add --yes to confirm`);
  }
  if (unsaved !== undefined && unsaved.length > 0) {
    console.error(`npm run init: ${shown}/ has changes that are not committed, and init would delete them:\n${unsaved.map((line) => `  ${line}`).join('\n')}\nCommit or discard them first (git status shows them).`);
    return 1;
  }

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    const answers = await gather(values, prompt);
    const parsed = starterAnswersSchema.safeParse(answers);
    if (!parsed.success) {
      throw new UsageError(parsed.error.issues.map((issue) => `--${flagOf(issue.path[0])}: ${issue.message}`).join('\n'));
    }
    const settings = {
      ...parsed.data,
      today: new Date().toISOString().slice(0, 10),
      ...(repositoryUrl() ? { repository: repositoryUrl()! } : {}),
    };

    if (!values.yes) {
      if (!prompt) throw new UsageError(`this deletes everything in ${shown}/; add --yes to confirm (no terminal to ask in)`);
      const answer = await prompt.question(`Delete everything in ${shown}/ and write a new hub for ${settings.name}? [y/N] `);
      if (!/^y(es)?$/i.test(answer.trim())) {
        console.log('Nothing changed.');
        return 1;
      }
    }

    // Written beside content/ first and checked as a whole: content/ is replaced only by a hub that
    // passes, and is moved aside (not deleted) until the new one is in place.
    const staging = `${dir}.init-${process.pid}`;
    const files = planStarterHub(settings);
    try {
      rmSync(staging, { recursive: true, force: true });
      for (const [path, text] of files) {
        mkdirSync(dirname(join(staging, path)), { recursive: true });
        writeFileSync(join(staging, path), text);
      }
      const result = await checkContent({ contentDir: staging, now: new Date(`${settings.today}T00:00:00Z`) });
      const problems = [...(result.fatal ?? []), ...result.findings.filter((finding) => finding.severity === 'error')];
      if (problems.length > 0) {
        // The company's answers made a hub our own check refuses: say which, and keep content/ as it was.
        console.error(linesForTerminal(`npm run init: the new hub would not pass the content check, so ${shown}/ is unchanged:\n${problems.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`));
        return 1;
      }
      replaceFolder(dir, staging);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    updateSuggestionForm(dir, settings.languages);

    const untranslated = settings.languages.filter((code) => !starterTexts(code).translated);
    console.log(`Wrote a new hub for ${settings.name} in ${shown}/: ${files.size} files, ${settings.languages.length} language(s), checked.`);
    if (untranslated.length > 0) console.log(`The texts for ${untranslated.join(', ')} are in English for now: translate them in ${shown}/.`);
    console.log(`Next: review ${shown}/policy.yaml and .github/CODEOWNERS, then npm run build (or npm run dev), and commit.`);
    return 0;
  } finally {
    prompt?.close();
  }
}

type Values = Record<string, string | boolean | undefined>;

/** The answers from the flags, asking in the terminal for the ones missing, with defaults that follow from the others. */
async function gather(values: Values, prompt: ReturnType<typeof createInterface> | undefined): Promise<Record<keyof StarterAnswers, unknown>> {
  const ask = async (question: string, given: unknown, fallback = ''): Promise<string> => {
    if (typeof given === 'string') return given;
    if (!prompt) return fallback;
    const answer = (await prompt.question(fallback ? `${question} [${fallback}] ` : `${question} `)).trim();
    return answer || fallback;
  };
  const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
  const name = await ask('Company name:', values.name);
  const site = await ask('Address of the hub (https://…):', values.site);
  const domain = safeDomain(site);
  return {
    name,
    site,
    languages: [...new Set(list(await ask('Languages, the main one first:', values.languages, 'en')).map((code) => code.toLowerCase()))],
    networks: list(await ask('Share buttons:', values.networks, DEFAULT_NETWORKS.join(','))),
    ownedDomains: list(await ask('Your own web sites (links to them get UTM parameters):', values['owned-domains'], domain ?? '')),
    programLeadName: await ask('Program lead (name or team):', values['program-lead-name'], name ? `${name} advocacy team` : ''),
    programLeadEmail: await ask('Program lead email:', values['program-lead-email'], domain ? `advocacy@${domain}` : ''),
  };
}

function safeDomain(site: string): string | undefined {
  try {
    return domainOfSite(site);
  } catch {
    return undefined;
  }
}

function flagOf(field: PropertyKey | undefined): string {
  return ({ ownedDomains: 'owned-domains', programLeadName: 'program-lead-name', programLeadEmail: 'program-lead-email' } as Record<string, string>)[String(field)] ?? String(field);
}

/**
 * Files in the content folder that git has not committed; undefined when git cannot say (the
 * folder is not in a repository, or git is not installed): then only --yes lets init go on.
 */
function uncommittedChanges(dir: string): string[] | undefined {
  if (!existsSync(dir)) return [];
  const result = spawnSync('git', ['status', '--porcelain', '--', '.'], { cwd: dir, encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.split('\n').filter(Boolean);
}

/** The repository's address on GitHub, from the `origin` remote, for "Edit this page" links. */
function repositoryUrl(): string | undefined {
  const result = spawnSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const remote = result.stdout.trim();
  const path = remote.startsWith('git@github.com:') ? remote.slice('git@github.com:'.length) : remote.startsWith('https://github.com/') ? remote.slice('https://github.com/'.length) : undefined;
  return path ? `https://github.com/${path.replace(/\.git$/, '')}` : undefined;
}

/** The suggestion form (.github/ISSUE_TEMPLATE/suggest-post.yml) of the content's repository offers the new hub's languages. */
function updateSuggestionForm(dir: string, languages: string[]): void {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (top.status !== 0) return;
  const path = join(top.stdout.trim(), '.github', 'ISSUE_TEMPLATE', 'suggest-post.yml');
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  const document = parseDocument(text);
  const index = ((parse(text) as { body?: { id?: string }[] }).body ?? []).findIndex((item) => item.id === 'language');
  if (index < 0) return;
  document.setIn(['body', index, 'attributes', 'options'], document.createNode(languages));
  writeFileSync(path, document.toString({ lineWidth: 0, flowCollectionPadding: false }));
}
