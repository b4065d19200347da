import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir, displayPath } from '../reading/paths.ts';
import { ContentProblems } from '../reading/finding.ts';
import { codeSecretFrom } from '../share/code-secret.ts';
import { csvLine, spreadsheetSafe } from '../lib/csv.ts';
import { readRoster } from '../share/roster.ts';
import { renderDigestHtml } from './digest-html.ts';
import { digestWords, renderDigestText, type Digest } from './digest.ts';
import { describeProblems, findNewPosts, localeLabel, type CommandIO, type NewPosts } from './new-posts.ts';
import { UsageError, parseCommandArgs } from '../lib/command-line.ts';
import { forTerminal, linesForTerminal } from '../lib/terminal-text.ts';

export const DIGEST_USAGE = `Usage: npm run digest -- --since DATE|REF [--locale xx] [--out DIR] [--roster roster.csv] [--site-dir DIR]

  --since DATE|REF  posts published after DATE (YYYY-MM-DD; the day itself was in the previous digest),
                    or whose files were added to the repository since the git commit, tag or branch REF
  --locale xx       the language of the digest (default: the hub's default language)
  --out DIR         where to write digest.html and digest.txt (default: digest)
  --roster FILE     a CSV with an "email" (or "code") column, optionally "name": writes one personal
                    digest per person (digest-CODE.html/.txt, linking to ?advocate=CODE) and digests.csv
  --site-dir DIR    the built site, where picture addresses are read from (default: $HUB_OUT_DIR or dist)

Only posts that are live today are listed (not drafts, not embargoed, not expired).
With nothing new, says so and writes nothing.`;

/** `npm run digest`: returns the exit code. */
export async function runDigest(args: string[], io: CommandIO): Promise<number> {
  try {
    return await digest(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      // The message may quote a roster cell or a path: nothing in it may act on the terminal.
      io.stderr(`${linesForTerminal(error.message)}\n\n${DIGEST_USAGE}`);
      return 2;
    }
    if (error instanceof ContentProblems) {
      io.stderr(describeProblems(error));
      return 1;
    }
    throw error;
  }
}

async function digest(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseOptions(args);
  if (values.help) {
    io.stdout(DIGEST_USAGE);
    return 0;
  }
  const found = findNewPosts({ since: values.since, locale: values.locale, siteDir: values['site-dir'] }, io);
  const { hub, locale, notices } = found;
  const sinceText = values.since ?? '';
  if (notices.length === 0) {
    io.stdout(`No new posts in ${localeLabel(hub, locale)} since ${sinceText}: no digest written.`);
    return 0;
  }
  if (found.imagesMissing) {
    io.stderr(`No built site in ${displayPath(found.siteDir)} (build the hub first, or pass --site-dir): the digest has no pictures.`);
  }
  const base: Digest = {
    organisation: hub.organisation,
    locale,
    defaultLocale: hub.default_locale,
    hubUrl: found.hubUrl,
    brandColour: hub.brand_colour,
    lead: { name: hub.program_lead.name, email: hub.program_lead.email },
    sinceDate: found.since.kind === 'date' ? found.since.after : undefined,
    notices,
  };
  const out = values.out ?? 'digest';
  const subject = digestWords(base).subject;
  const summary = `${notices.length} new post${notices.length === 1 ? '' : 's'} in ${localeLabel(hub, locale)} since ${sinceText}`;

  if (values.roster === undefined) {
    const written = writeDigest(out, 'digest', base);
    io.stdout(`Wrote ${written.join(' and ')}: ${summary}.\nSubject: ${subject}`);
    return 0;
  }
  return writeRosterDigests(values.roster, out, base, found, io, `${summary}.\nSubject: ${subject}`);
}

async function writeRosterDigests(rosterPath: string, out: string, base: Digest, found: NewPosts, io: CommandIO, summary: string): Promise<number> {
  if (!existsSync(rosterPath)) throw new UsageError(`--roster ${rosterPath}: there is no such file; check the path`);
  const where = displayPath(rosterPath);
  const secret = () => {
    const given = codeSecretFrom(io.env, io.contentDir ?? contentDir());
    if ('problem' in given) throw new UsageError(given.problem);
    return given.secret;
  };
  const roster = await readRoster(readFileSync(rosterPath, 'utf8'), found.hub.advocate, secret);
  if (roster.fatal) throw new UsageError(`${where}:${roster.fatal.line}: ${roster.fatal.message}`);
  for (const problem of roster.problems) io.stderr(forTerminal(`${where}:${problem.line}: ${problem.message}`));
  const index = [['email', 'name', 'code', 'html', 'text']];
  const seen = new Set<string>();
  for (const entry of roster.entries) {
    if (seen.has(entry.code)) continue;
    seen.add(entry.code);
    const [html, text] = writeDigest(out, `digest-${entry.code}`, { ...base, advocateCode: entry.code }, out);
    index.push([entry.email, entry.name, entry.code, html ?? '', text ?? '']);
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'digests.csv'), `${index.map((row) => csvLine(row.map(spreadsheetSafe))).join('\n')}\n`);
  io.stdout(`Wrote ${seen.size} personal digest${seen.size === 1 ? '' : 's'} to ${displayPath(out)}/ (listed in digests.csv): ${summary}`);
  if (roster.problems.length === 0) return 0;
  io.stderr(`${roster.problems.length} roster row${roster.problems.length === 1 ? ' was' : 's were'} skipped.`);
  return 1;
}

/** Writes NAME.html and NAME.txt; returns their paths (relative to `relativeTo` when given). */
function writeDigest(out: string, name: string, digest: Digest, relativeTo?: string): string[] {
  mkdirSync(out, { recursive: true });
  const files: [string, string][] = [
    [join(out, `${name}.html`), renderDigestHtml(digest)],
    [join(out, `${name}.txt`), renderDigestText(digest)],
  ];
  for (const [path, text] of files) writeFileSync(path, text);
  return files.map(([path]) => (relativeTo ? relative(relativeTo, path) : displayPath(path)));
}

function parseOptions(args: string[]) {
  return parseCommandArgs({
    args,
    options: {
      since: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
      roster: { type: 'string' },
      'site-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
