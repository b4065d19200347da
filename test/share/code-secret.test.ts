import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeSecretFrom, filesHoldingSecret } from '../../src/share/code-secret.ts';

const SECRET = randomBytes(33).toString('base64');
const repo = mkdtempSync(join(tmpdir(), 'hub-code-secret-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'ignore' });

describe('the secret in the repository', () => {
  it('is found in committed, changed, staged and new files git would commit, never in ignored ones', () => {
    git('init', '-q');
    writeFileSync(join(repo, '.gitignore'), '.env\n');
    writeFileSync(join(repo, '.env'), `HUB_CODE_SECRET=${SECRET}\n`);
    writeFileSync(join(repo, 'committed.md'), `secret: ${SECRET}\n`);
    writeFileSync(join(repo, 'changed.md'), 'nothing yet\n');
    writeFileSync(join(repo, 'staged-then-cleaned.md'), 'nothing yet\n');
    git('add', '.');
    git('commit', '-q', '-m', 'start');
    writeFileSync(join(repo, 'changed.md'), `now: ${SECRET}\n`);
    writeFileSync(join(repo, 'staged-then-cleaned.md'), `staged: ${SECRET}\n`);
    git('add', 'staged-then-cleaned.md');
    writeFileSync(join(repo, 'staged-then-cleaned.md'), 'cleaned on disk, still in the index\n');
    writeFileSync(join(repo, 'new.md'), SECRET);
    expect(filesHoldingSecret(SECRET, repo)).toEqual(['changed.md', 'committed.md', 'new.md', 'staged-then-cleaned.md']);
    expect(filesHoldingSecret(randomBytes(33).toString('base64'), repo)).toEqual([]);
  });

  it('is nowhere outside a repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'hub-no-repo-'));
    try {
      expect(filesHoldingSecret(SECRET, plain)).toEqual([]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('codeSecretFrom', () => {
  const outside = tmpdir();

  it('takes a secret of 32 characters or more', () => {
    expect(codeSecretFrom({ HUB_CODE_SECRET: 'x'.repeat(32) }, outside)).toEqual({ secret: 'x'.repeat(32) });
  });

  it.each([
    [{}, /^HUB_CODE_SECRET is not set\./],
    [{ HUB_CODE_SECRET: '' }, /^HUB_CODE_SECRET is not set\./],
    [{ HUB_CODE_SECRET: 'é'.repeat(31) }, /^HUB_CODE_SECRET is 31 characters long; it must have at least 32/],
    [{ HUB_CODE_SECRET: `${'x'.repeat(32)}\n${'y'.repeat(32)}` }, /^HUB_CODE_SECRET holds a line break/],
  ])('refuses %j and says how to create and keep one', (env, message) => {
    const result = codeSecretFrom(env, outside);
    expect('problem' in result && result.problem).toMatch(message);
    expect('problem' in result && result.problem).toContain('password manager');
  });
});
