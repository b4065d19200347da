import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveAdvocateCode } from '../../src/share/keyed-code.ts';
import { runDigest } from '../../src/notify/digest-command.ts';
import { BUILT_SITE, HUB_WITH_NEW_POSTS, TEST_CODE_SECRET, captureIO, fixtures, tempDir } from './support.ts';

const SITE = 'https://hub.example.org/advocacy';
const NEW_TITLES_ESCAPED = ['Bikes &amp; &lt;brakes&gt;: the &quot;Tern&quot; launch', 'The workshop is open'];
const LEFT_OUT = ['Old news', 'Published on the since day', 'Expired offer', 'Future preview', 'Draft idea'];

async function digest(args: string[], io = captureIO()) {
  const out = tempDir();
  const code = await runDigest(['--out', out, '--site-dir', BUILT_SITE, ...args], io);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  return { code, out, read, io };
}

describe('npm run digest --since DATE', () => {
  it('lists the posts published after the day, newest first, in an email-safe HTML file', async () => {
    const { code, read, io } = await digest(['--since', '2026-11-15']);
    expect(code).toBe(0);
    expect(io.out.join('\n')).toMatch(/Wrote .*digest\.html and .*digest\.txt: 2 new posts in English \(en\) since 2026-11-15/);
    const html = read('digest.html');
    const positions = NEW_TITLES_ESCAPED.map((title) => html.indexOf(title));
    expect(positions.every((at) => at > 0)).toBe(true);
    expect(positions[1]).toBeLessThan(positions[0]!); // 20 Nov before 16 Nov
    for (const title of LEFT_OUT) expect(html).not.toContain(title);
    expect(html).toContain('<title>2 new posts to share</title>');
    expect(html).toContain(`href="${SITE}/posts/workshop-open/"`);
    expect(html).toContain('#SpringRides');
  });

  it('is built for mail clients: tables, inline styles, absolute images with alt text, no scripts', async () => {
    const html = (await digest(['--since', '2026-11-15'])).read('digest.html');
    expect(html).toContain('<table role="presentation"');
    expect(html).not.toMatch(/<style|<script|<link|class="/);
    const images = [...html.matchAll(/<img [^>]*>/g)].map((match) => match[0]);
    expect(images).toHaveLength(1);
    expect(images[0]).toContain(`src="${SITE}/_astro/launch.Ab12Cd_x9.jpg"`);
    expect(images[0]).toContain('alt="A red bike &amp; its rack, leaning on a &lt;harbour&gt; wall"');
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });

  it('writes a plain-text version with the same posts and their hub links', async () => {
    const text = (await digest(['--since', '2026-11-15'])).read('digest.txt');
    expect(text).toMatch(/^2 new posts to share\n=+\n/);
    expect(text).toContain('1. The workshop is open');
    expect(text).toContain('2. Bikes & <brakes>: the "Tern" launch');
    expect(text).toContain(`${SITE}/posts/launch-with-picture/`);
    expect(text).toContain('News · November 16, 2026 · #SpringRides');
    for (const line of text.split('\n')) if (!line.includes('https://')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('speaks the language asked for, with that language’s links', async () => {
    const { code, read } = await digest(['--since', '2026-11-15', '--locale', 'it']);
    expect(code).toBe(0);
    const html = read('digest.html');
    expect(html).toContain('<html lang="it"');
    expect(html).toContain('1 nuovo post da condividere');
    expect(html).toContain(`href="${SITE}/it/posts/launch-with-picture/"`);
    expect(html).toContain('Notizie · 16 novembre 2026 · #SpringRides');
  });

  it('with nothing new, says so and writes nothing', async () => {
    const { code, out, io } = await digest(['--since', '2026-11-21']);
    expect(code).toBe(0);
    expect(io.out.join('\n')).toBe('No new posts in English (en) since 2026-11-21: no digest written.');
    expect(existsSync(join(out, 'digest.html'))).toBe(false);
    expect(existsSync(join(out, 'digest.txt'))).toBe(false);
  });

  it('without a built site, still writes the digest and says the pictures are missing', async () => {
    const io = captureIO();
    const out = tempDir();
    const code = await runDigest(['--since', '2026-11-15', '--out', out, '--site-dir', join(out, 'no-build')], io);
    expect(code).toBe(0);
    expect(io.err.join('\n')).toMatch(/No built site in .*no-build .*the digest has no pictures/);
    expect(readFileSync(join(out, 'digest.html'), 'utf8')).not.toContain('<img');
  });
});

describe('npm run digest --roster', () => {
  it('writes one personal digest per person, linking with their code, and an index for the mail merge', async () => {
    const { code, read, io } = await digest(['--since', '2026-11-15', '--roster', join(fixtures, 'roster.csv')]);
    expect(code).toBe(0);
    expect(io.out.join('\n')).toMatch(/Wrote 2 personal digests/);
    const ana = await deriveAdvocateCode('ana.lima@example.org', TEST_CODE_SECRET, 10);
    const ben = await deriveAdvocateCode('ben.okafor@example.org', TEST_CODE_SECRET, 10);
    const html = read(`digest-${ana}.html`);
    expect(html).toContain(`href="${SITE}/posts/workshop-open/?advocate=${ana}"`);
    expect(html).toContain(`href="${SITE}/?advocate=${ana}"`);
    expect(html).toContain(`your personal code (${ana})`);
    expect(html).not.toContain('ana.lima');
    expect(read(`digest-${ana}.txt`)).toContain(`${SITE}/posts/launch-with-picture/?advocate=${ana}`);
    expect(read(`digest-${ben}.txt`)).toContain(`?advocate=${ben}`);
    expect(read('digests.csv')).toBe(
      `email,name,code,html,text\nana.lima@example.org,Ana Lima,${ana},digest-${ana}.html,digest-${ana}.txt\n` +
        `ben.okafor@example.org,Ben,${ben},digest-${ben}.html,digest-${ben}.txt\n`,
    );
  });

  it('stops with exit code 2 and says how to set up HUB_CODE_SECRET when it is missing', async () => {
    const io = captureIO({ env: { HUB_NOW: '2026-11-23' } });
    const { code } = await digest(['--since', '2026-11-15', '--roster', join(fixtures, 'roster.csv')], io);
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(/HUB_CODE_SECRET is not set[\s\S]*password manager/);
  });

  it('skips a bad row with its line number, writes the others, and exits 1', async () => {
    const { code, read, io } = await digest(['--since', '2026-11-15', '--roster', join(fixtures, 'roster-with-a-bad-row.csv')]);
    expect(code).toBe(1);
    expect(io.err.join('\n')).toMatch(/roster-with-a-bad-row\.csv:3: "not-an-email" is not an email address/);
    expect(read('digest-hq-desk-01.html')).toContain('?advocate=hq-desk-01');
  });
});

describe('npm run digest --roster with a hostile cell', () => {
  it('shows escape sequences and bidirectional overrides as \\x1b, \\u202e instead of letting them act on the terminal', async () => {
    const dir = tempDir();
    const roster = join(dir, 'roster.csv');
    writeFileSync(roster, 'email,name\n\u001b[2J\u001b]0;owned\u0007x,X\n\u202eevil,Y\n');
    const { code, io } = await digest(['--since', '2026-11-15', '--roster', roster]);
    expect(code).toBe(1);
    const err = io.err.join('\n');
    expect(err).toContain('roster.csv:2: "\\x1b[2J\\x1b]0;owned\\x07x" is not an email address');
    expect(err).toContain('roster.csv:3: "\\u202eevil" is not an email address');
    for (const unsafe of ['\u001b', '\u0007', '\u202e']) expect(err).not.toContain(unsafe);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('npm run digest --since REF', () => {
  it('lists the live posts whose files were added since the git ref', async () => {
    const repo = tempDir();
    const content = join(repo, 'content');
    cpSync(HUB_WITH_NEW_POSTS, content, { recursive: true });
    const added = ['en/workshop-open.md', 'en/future-preview.md', 'en/launch-with-picture.md'];
    const held = tempDir();
    for (const file of added) {
      cpSync(join(content, 'posts', file), join(held, file.replace('/', '-')));
      rmSync(join(content, 'posts', file));
    }
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first digest');
    git('tag', 'last-digest');
    for (const file of added) cpSync(join(held, file.replace('/', '-')), join(content, 'posts', file));
    // Edited, not added: an old post that changed does not count as new.
    appendFileSync(join(content, 'posts/en/old-news.md'), '\nA correction below the front matter.\n');
    git('add', '.');
    git('commit', '-q', '-m', 'two new posts and an embargoed one');

    const { code, read } = await digest(['--since', 'last-digest'], captureIO({ contentDir: content }));
    expect(code).toBe(0);
    const text = read('digest.txt').replace(/\s+/g, ' ');
    expect(text).toContain('since the last update');
    expect(text).toContain('The workshop is open');
    expect(text).toContain('the "Tern" launch');
    expect(text).not.toContain('Future preview');
    expect(text).not.toContain('Old news');
  });

  it('says plainly when the ref is neither a date nor a commit', async () => {
    const { code, io } = await digest(['--since', 'no-such-tag-anywhere']);
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(/--since no-such-tag-anywhere: this is neither a date \(YYYY-MM-DD\) nor a commit, tag or branch/);
  });
});

describe('npm run digest: mistakes in the call', () => {
  it.each([
    [[], /--since is missing/],
    [['--since', '2026-02-30'], /there is no such day/],
    [['--since=--output=x'], /--since --output=x: this is neither a date/],
    [['--since', '2026-11-15', '--locale', 'fr'], /--locale fr: the hub is published in en, it/],
    [['--since', '2026-11-15', '--sinse', 'x'], /Unknown option '--sinse'/],
  ])('%j', async (args, message) => {
    const { code, io } = await digest(args);
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(message);
    expect(io.err.join('\n')).toContain('Usage: npm run digest');
  });
});
