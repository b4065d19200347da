/**
 * `npm run links -- roster.csv [--post SLUG] [--base URL]`: each person's code and personal hub
 * link (and, with --post, their share links) as CSV. scripts/links.ts connects it to the terminal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readHubConfig } from '../reading/hub-config.ts';
import { readPostsAndCampaigns } from '../reading/read-posts.ts';
import { KIND_FOLDERS, contentDir, displayPath } from '../reading/paths.ts';
import { pathTo } from '../i18n/routes.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { shareSubject, type ShareSubject } from './compose.ts';
import { codeSecretFrom } from './code-secret.ts';
import { csvLine, spreadsheetSafe } from '../lib/csv.ts';
import { linksTable } from './links-table.ts';
import { readRoster } from './roster.ts';
import { forTerminal, linesForTerminal } from '../lib/terminal-text.ts';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

export const LINKS_USAGE = `Usage: npm run links -- roster.csv [--post SLUG] [--base URL]

  roster.csv   a CSV file with a header line and an "email" column (or a "code" column; "name" is optional)
               codes for emails are keyed by the secret in the environment variable HUB_CODE_SECRET
  --post SLUG  add each person's share link for every enabled network, for this post (${'content/posts/<default language>/SLUG.md'})
  --base URL   the hub's address, when it is not the site and base of content/hub.yaml (for example a test copy)

Prints CSV on the standard output: email,code,hub_link (then name, then share_<network> columns with --post).
Cells that a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe.
Rows that cannot be used are reported here with their line number and skipped (exit code 1).`;

export interface LinksIO {
  /** One line (or several) of output, without the final line break. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** HUB_CONTENT_DIR (the content folder) and HUB_CODE_SECRET. */
  env: Record<string, string | undefined>;
}

/** A mistake in how the command was called or in the content: said in words, exit code 2, no stack trace. */
class Stop extends Error {}

function stop(message: string): never {
  throw new Stop(message);
}

/** `npm run links`: returns the exit code (0 done, 1 some rows skipped, 2 nothing printed). */
export async function runLinks(args: string[], io: LinksIO): Promise<number> {
  try {
    return await links(args, io);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    io.stderr(linesForTerminal(error.message));
    return 2;
  }
}

async function links(args: string[], io: LinksIO): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    stop(`${(error as Error).message}\n\n${LINKS_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(LINKS_USAGE);
    return 0;
  }
  const [rosterPath, ...extra] = positionals;
  if (!rosterPath || extra.length > 0) stop(LINKS_USAGE);
  const rosterFile = resolve(io.cwd, rosterPath);
  if (!existsSync(rosterFile)) stop(`Cannot find the roster file ${rosterPath}: check the path.`);

  const dir = contentDir(io.cwd, io.env);
  const { hub, findings } = readHubConfig(dir);
  if (!hub) stop(`The hub settings have problems:\n${findings.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`);

  const hubUrl = hubAddress(hub, values.base);
  const subject = values.post === undefined ? undefined : postSubject(dir, hub, hubUrl, values.post);

  const secret = () => {
    const found = codeSecretFrom(io.env, dir);
    return 'secret' in found ? found.secret : stop(found.problem);
  };
  const roster = await readRoster(readFileSync(rosterFile, 'utf8'), hub.advocate, secret);
  const where = displayPath(rosterFile, io.cwd);
  if (roster.fatal) stop(`${where}:${roster.fatal.line}: ${roster.fatal.message}`);
  // A roster cell may hold escape sequences or bidirectional overrides: quoted, never acted on.
  for (const problem of roster.problems) io.stderr(forTerminal(`${where}:${problem.line}: ${problem.message}`));

  const table = linksTable({ hub, hubUrl, entries: roster.entries, withName: roster.hasNameColumn, subject });
  io.stdout(table.map((row) => csvLine(row.map(spreadsheetSafe))).join('\n'));
  if (roster.problems.length === 0) return 0;
  const n = roster.problems.length;
  io.stderr(`${n} row${n === 1 ? ' was' : 's were'} skipped; ${roster.entries.length} printed.`);
  return 1;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    options: { post: { type: 'string' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
}

/** The hub's root address: --base, else site + base from hub.yaml; always ending with "/". */
function hubAddress(hub: HubConfig, base: string | undefined): string {
  if (base === undefined) return new URL(hub.base, hub.site).href;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    stop(`--base "${base}" is not a web address; write it in full, such as https://hub.example.com/advocacy/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') stop(`--base "${base}" must start with https://`);
  return withTrailingSlash(url.href);
}

function postSubject(dir: string, hub: HubConfig, hubUrl: string, slug: string): ShareSubject {
  const locale = hub.default_locale;
  const { posts, campaigns, findings } = readPostsAndCampaigns(dir, hub);
  const found = posts.find((post) => post.locale === locale && post.slug === slug);
  if (!found) {
    // As the findings name their files: from this process's working directory.
    const folder = `${displayPath(join(dir, KIND_FOLDERS.post, locale))}/`;
    const problems = findings.filter((finding) => finding.file.startsWith(`${folder}${slug}.`));
    if (problems.length > 0) {
      stop(`--post: the post has problems; fix them first (npm run check lists them all):\n${problems.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`);
    }
    const known = posts.filter((post) => post.locale === locale).map((post) => post.slug).sort();
    const hint = known.length > 0 ? `; posts there: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : '';
    stop(`--post: there is no post "${slug}" in ${folder} (looked for ${slug}.md and ${slug}.mdx)${hint}`);
  }
  const pagePath = pathTo({ default_locale: locale, base: '/' }, locale, 'posts', slug).slice(1);
  return shareSubject(hub, found.data, {
    slug,
    locale,
    pageUrl: new URL(pagePath, hubUrl).href,
    campaignHashtag: found.data.campaign ? campaigns.get(found.data.campaign)?.hashtag : undefined,
  });
}
