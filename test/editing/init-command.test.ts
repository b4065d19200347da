import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { domainOfSite } from '../../src/scaffold/starter-hub.ts';
import { repoRoot } from '../build/dist.ts';

const node = join(repoRoot, 'node_modules', '.bin', 'node');
const work = mkdtempSync(join(tmpdir(), 'hub-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ACME = ['--name', 'Acme', '--site', 'https://advocacy.acme.example', '--languages', 'en,de', '--program-lead-email', 'people@acme.example'];

/** The environment of a fresh terminal: none of this test run's own settings (HUB_*, VITEST*, NODE_ENV=test). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HUB_') && !key.startsWith('VITEST') && key !== 'NODE_ENV'));
  return { ...env, PATH: `${join(repoRoot, 'node_modules', '.bin')}:${process.env.PATH}`, NO_COLOR: '1', ...extra };
}

function run(cwd: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const init = (content: string, args: string[]) => run(repoRoot, node, [join(repoRoot, 'scripts', 'init.ts'), ...args], { HUB_CONTENT_DIR: content });

/** Every file under a folder whose text mentions the demo company. */
function mentionsOfDemo(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && readFileSync(path, 'latin1').toLowerCase().includes('tidewater'));
}

describe('the defaults npm run init takes from the hub\'s address', () => {
  it('owns the whole host name of --site, never a guess at the registrable domain (advocacy.acme.co.uk is not co.uk)', () => {
    expect(domainOfSite('https://advocacy.acme.co.uk/')).toBe('advocacy.acme.co.uk');
    expect(domainOfSite('https://advocacy.acme.example')).toBe('advocacy.acme.example');
  });
});

describe('npm run init', () => {
  const content = join(work, 'acme', 'content');

  it('turns a folder holding the demo into a minimal hub of the company, which passes the check and builds', () => {
    cpSync(join(repoRoot, 'test', 'fixtures', 'hub'), content, { recursive: true });
    const made = init(content, [...ACME, '--yes']);
    expect(made.code, made.output).toBe(0);
    expect(made.output).toContain('Wrote a new hub for Acme');

    const hub = loadHubConfig(content);
    expect(hub).toMatchObject({ organisation: 'Acme', site: 'https://advocacy.acme.example', default_locale: 'en', owned_domains: ['advocacy.acme.example'] });
    expect(hub.locales).toEqual([{ code: 'en', label: 'English' }, { code: 'de', label: 'Deutsch' }]);
    expect(hub.program_lead.email).toBe('people@acme.example');
    // Codes carry nothing about a person: no salt or secret is written into the repository.
    expect(readFileSync(join(content, 'hub.yaml'), 'utf8')).not.toMatch(/salt|secret/i);
    for (const locale of ['en', 'de']) expect(existsSync(join(content, 'posts', locale, 'welcome.md'))).toBe(true);
    for (const folder of ['analytics', 'media', 'campaigns']) expect(existsSync(join(content, folder)), folder).toBe(false);
    expect(existsSync(join(content, 'advocates.yaml'))).toBe(false);

    const checked = run(repoRoot, node, ['scripts/check.ts'], { HUB_CONTENT_DIR: content });
    expect(checked.code, checked.output).toBe(0);

    const site = join(work, 'acme', 'dist');
    const built = run(repoRoot, join(repoRoot, 'node_modules', '.bin', 'astro'), ['build', '--silent'], {
      HUB_CONTENT_DIR: content,
      HUB_OUT_DIR: site,
      HUB_CACHE_DIR: join(work, 'acme', 'cache'),
    });
    expect(built.code, built.output).toBe(0);
    expect(readFileSync(join(site, 'de', 'guidelines', 'social-media-policy', 'index.html'), 'utf8')).toContain('Ich arbeite bei Acme');
    expect(mentionsOfDemo(content)).toEqual([]);
    expect(mentionsOfDemo(site)).toEqual([]);
  }, 300_000);

  it('asks before deleting: without --yes and without a terminal to ask in, it changes nothing', () => {
    const folder = join(work, 'unasked', 'content');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hub.yaml'), 'organisation: Ours\n');
    const result = init(folder, ACME);
    expect(result.code).toBe(2);
    expect(result.output).toContain('add --yes to confirm');
    expect(readdirSync(folder)).toEqual(['hub.yaml']);
  });

  it('refuses when the content has changes that are not committed, and names them', () => {
    const repo = join(work, 'repo');
    const folder = join(repo, 'content');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hub.yaml'), 'organisation: Ours\n');
    const git = (...args: string[]) => run(repo, 'git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args]);
    git('init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'our hub');
    writeFileSync(join(folder, 'hub.yaml'), 'organisation: Ours, edited\n');
    const result = init(folder, [...ACME, '--yes']);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/has changes that are not committed[\s\S]*hub\.yaml/);
    expect(readFileSync(join(folder, 'hub.yaml'), 'utf8')).toBe('organisation: Ours, edited\n');
  });

  it('refuses, even when asked in a terminal, when git cannot say whether the content has changes, unless --yes', () => {
    const folder = join(work, 'not-a-repository', 'content');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'hub.yaml'), 'organisation: Ours\n');
    // script(1) gives init a terminal, where it would ask "Delete everything …? [y/N]"; the answer is yes.
    const command = [node, join(repoRoot, 'scripts', 'init.ts'), ...ACME].join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: cleanEnv({ HUB_CONTENT_DIR: folder }), input: 'y\n', encoding: 'utf8' });
    expect(result.stdout).toContain('git cannot tell whether');
    expect(result.stdout).toContain('add --yes to confirm');
    expect(result.status).toBe(2);
    expect(readFileSync(join(folder, 'hub.yaml'), 'utf8')).toBe('organisation: Ours\n');
  });

  it('stops in one sentence, without a stack trace, when the new hub cannot be written', () => {
    writeFileSync(join(work, 'a-file'), '');
    const result = init(join(work, 'a-file', 'content'), [...ACME, '--yes']);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/npm run init stopped: ENOTDIR: not a directory, mkdir '.*a-file\/content\.init-\d+/);
    expect(result.output).not.toMatch(/^ {4}at /m);
  });

  it('says which flag is wrong, in words, without a stack trace', () => {
    const result = init(join(work, 'never-made'), ['--name', 'Acme', '--site', 'http://acme.example', '--yes']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--site: must start with https://');
    expect(result.output).not.toMatch(/^ {4}at /m);
    expect(existsSync(join(work, 'never-made'))).toBe(false);
  });
});

/** The repository as it is on disk (committed or not), without node_modules, which is linked instead. */
function copyOfRepository(to: string): void {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repoRoot, file))) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(to, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(to, 'node_modules'), 'dir');
}

describe('a repository after npm run init', () => {
  it('keeps its test suite green: the tests read test/fixtures/, not the company\'s content/', () => {
    const clone = join(work, 'clone');
    copyOfRepository(clone);
    const git = (...args: string[]) => run(clone, 'git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args]);
    git('init', '--quiet');
    git('add', '.');
    git('commit', '--quiet', '-m', 'fork');

    const made = run(clone, node, ['scripts/init.ts', ...ACME, '--yes']);
    expect(made.code, made.output).toBe(0);
    expect(mentionsOfDemo(join(clone, 'content'))).toEqual([]);
    const form = parse(readFileSync(join(clone, '.github', 'ISSUE_TEMPLATE', 'suggest-post.yml'), 'utf8')) as { body: { id?: string; attributes: { options?: unknown[] } }[] };
    expect(form.body.find((item) => item.id === 'language')?.attributes.options).toEqual(['en', 'de']);

    // A representative part of npm test: the fixture build and tests on it, the content test, the policy pages, the GitHub kit.
    const tests = run(clone, join(clone, 'node_modules', '.bin', 'vitest'), [
      'run',
      'test/build/pages.test.ts',
      'test/content/content-folder.test.ts',
      'test/policy/policy-view.test.ts',
      'test/editing/github-kit.test.ts',
      // node_modules is shared with this repository; Astro's content cache must not be.
    ], { HUB_CACHE_DIR: join(clone, '.cache', 'astro') });
    expect(tests.code, tests.output).toBe(0);
    expect(tests.output).toMatch(/Test Files\s+4 passed/);
  }, 600_000);
});
