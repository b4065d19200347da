import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { base32, randomAdvocateCode } from '../../src/share/advocate-code.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { TEST_NOW, repoRoot } from '../build/dist.ts';
import { attackCodes, staffAddresses, visitorFiles, type AttackResult } from './code-attack.ts';

/**
 * Issue 16's attack on advocate codes, against a build of a small hub whose program has run for
 * a while: the program team made personal links with `npm run links` (with a secret made for
 * this run and written nowhere), people set codes up in the browser, analytics were imported and
 * some people asked to be named on the leaderboard, one asked not to be shown. Then, with only
 * what a visitor can download and every code in full, link 10,000 staff addresses to codes.
 */
const fixture = join(repoRoot, 'test', 'share', 'fixtures', 'hub-with-advocates');
// Fixed paths, emptied first: Astro's content cache remembers file paths between builds.
const work = join(repoRoot, '.cache', 'code-attack');
const content = join(work, 'content');
const out = join(work, 'dist');
const DOMAIN = 'lagoon-cycles.example';
const NAMED = ['Mei Ling Chua', 'Tomás Ferreira', 'Priya Nair'];
const HIDDEN = 'Hannah Okafor';
/** In the roster, never listed in advocates.yaml: on the leaderboard as "Advocate xxxx…". */
const UNLISTED = 'Luca Conti';

interface Person {
  name: string;
  code: string;
  personalLink: string;
}
let people: Person[] = [];
/** Set up in the browser: a random code, no roster. */
let browserCode = '';

beforeAll(() => {
  if (process.env.HUB_REUSE_TEST_BUILD === '1' && existsSync(join(work, 'people.json'))) {
    ({ people, browserCode } = JSON.parse(readFileSync(join(work, 'people.json'), 'utf8')) as { people: Person[]; browserCode: string });
    return;
  }
  rmSync(work, { recursive: true, force: true });
  cpSync(fixture, content, { recursive: true });
  const links = spawnSync(process.execPath, ['scripts/links.ts', join(repoRoot, 'test', 'share', 'fixtures', 'staff-roster.csv')], {
    cwd: repoRoot,
    env: { ...process.env, HUB_CONTENT_DIR: content, HUB_CODE_SECRET: randomBytes(33).toString('base64') },
    encoding: 'utf8',
  });
  if (links.status !== 0) throw new Error(`npm run links failed:\n${links.stderr}`);
  const parsed = parseCsv(links.stdout);
  if (!('records' in parsed)) throw new Error('npm run links printed no CSV');
  people = parsed.records.slice(1).map(({ fields: [, code, personalLink, name] }) => ({ name: name!, code: code!, personalLink: personalLink! }));
  browserCode = randomAdvocateCode(10);

  const codeOf = (name: string) => people.find((person) => person.name === name)!.code;
  const listed = [...NAMED.map((name) => ({ name, show: true })), { name: HIDDEN, show: false }];
  writeFileSync(
    join(content, 'advocates.yaml'),
    `advocates:\n${listed.map(({ name, show }) => `  - code: ${codeOf(name)}\n    name: ${name}\n    show_on_leaderboard: ${show}\n`).join('')}`,
  );
  const codes = [...people.map((person) => person.code), browserCode];
  const rows = codes.flatMap((code, index) =>
    ['2026-11-05', '2026-11-18'].map((date) => ({
      date,
      post: 'harbour-ride-launch',
      network: index % 2 ? 'x' : 'linkedin',
      campaign: 'harbour-ride-launch',
      advocate: code,
      sessions: 40 - index * 3,
      engaged: 10,
      key_events: 1,
    })),
  );
  mkdirSync(join(content, 'analytics'));
  writeFileSync(join(content, 'analytics', 'aggregates.json'), JSON.stringify({ version: 1, covered: [{ from: '2026-11-01', to: '2026-11-22' }], rows }));

  const build = spawnSync(join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'production', HUB_NOW: TEST_NOW, HUB_CONTENT_DIR: content, HUB_OUT_DIR: out, HUB_CACHE_DIR: join(work, 'astro') },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Building the hub with advocates failed:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(join(work, 'people.json'), JSON.stringify({ people, browserCode }));
}, 300_000);

describe('advocate codes against an outsider with everything a visitor can download', () => {
  let result: AttackResult;
  const addresses = () => staffAddresses([...people.map((person) => person.name), 'Sara Lim'], DOMAIN, 10_000);

  it('cannot link any of 10,000 plausible staff addresses to any code', () => {
    const files = visitorFiles(out);
    const codes = new Set([...people.map((person) => new URL(person.personalLink).searchParams.get('advocate')!), browserCode]);
    expect(codes.size).toBe(6);
    const list = addresses();
    expect(list).toHaveLength(10_000);
    for (const person of people) expect(list).toContain(`${person.name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ /g, '.')}@${DOMAIN}`);
    result = attackCodes({ files, codes, namedPeople: NAMED, domain: DOMAIN, hubWords: ['Lagoon Cycles', 'Lagoon', 'hub.lagoon-cycles.example'], addresses: list });
    expect(result.links).toEqual([]);
    // The attack did try: every string of the site as a salt, and the sweep of the whole list.
    expect(result.saltsTried).toBeGreaterThan(1000);
    expect(result.derivationsSwept).toBeGreaterThan(15);
  }, 240_000);

  it('finds nothing in the pages that derives a code: no salt, no keyed hash', () => {
    // The browser editor at /admin/ is a vendor bundle with its own use of WebCrypto (sign-in).
    const hub = [...visitorFiles(out)].filter(([path]) => !path.startsWith('admin/'));
    expect(hub.length).toBeGreaterThan(20);
    for (const [path, text] of hub) {
      for (const word of ['salt', 'HMAC', 'importKey', 'subtle']) expect(text.includes(word), `${path} has "${word}"`).toBe(false);
    }
  });

  it('shows no trace of the person who asked not to be shown, and names the others', () => {
    const hidden = people.find((person) => person.name === HIDDEN)!;
    const leaderboard = readFileSync(join(out, 'leaderboard', 'index.html'), 'utf8');
    for (const name of NAMED) expect(leaderboard).toContain(name);
    const unlisted = people.find((person) => person.name === UNLISTED)!;
    expect(leaderboard).toContain(`Advocate ${unlisted.code.slice(0, 4)}…`);
    expect(leaderboard).toContain(`Advocate ${browserCode.slice(0, 4)}…`);
    // Not even a figures file of their own: their code is in the links they share, so anyone who
    // saw one could ask for impact/CODE.json.
    expect(visitorFiles(out).has(`impact/${hidden.code}.json`)).toBe(false);
    for (const [path, text] of visitorFiles(out)) {
      for (const trace of [HIDDEN, 'Hannah', hidden.code, `${hidden.code.slice(0, 4)}…`]) expect(text.includes(trace), `${path} has "${trace}"`).toBe(false);
    }
  });
});

describe('the attack itself', () => {
  it('reverses codes made the old way, a salted hash with the salt in the page, the hidden person included', () => {
    const salt = 'lagoon-demo-salt-2026';
    const old = (email: string) => base32(createHash('sha256').update(`${salt}:${email}`).digest()).slice(0, 10);
    const files = new Map([['posts/harbour-ride-launch/index.html', `<div data-share='{"salt":"${salt}","codeLength":10}'></div>`]]);
    const codes = new Set([old(`mei.ling.chua@${DOMAIN}`), old(`hannah.okafor@${DOMAIN}`)]);
    const addresses = staffAddresses(['Mei Ling Chua', 'Hannah Okafor'], DOMAIN, 10_000);
    const { links } = attackCodes({ files, codes, namedPeople: ['Mei Ling Chua'], domain: DOMAIN, hubWords: [], addresses });
    expect(links.map((link) => link.email).sort()).toEqual([`hannah.okafor@${DOMAIN}`, `mei.ling.chua@${DOMAIN}`]);
  });
});
