import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReplaceProblem, replaceFolder } from '../../src/scaffold/replace-folder.ts';

let work: string;
let content: string;
let staging: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'hub-replace-'));
  content = join(work, 'content');
  staging = join(work, 'content.init-1');
  mkdirSync(content);
  writeFileSync(join(content, 'hub.yaml'), 'organisation: Ours\n');
  mkdirSync(staging);
  writeFileSync(join(staging, 'hub.yaml'), 'organisation: Acme\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const remove = (path: string) => rmSync(path, { recursive: true, force: true });

describe('how npm run init replaces content/', () => {
  it('puts the new hub in place and leaves no backup behind', () => {
    replaceFolder(content, staging);
    expect(readFileSync(join(content, 'hub.yaml'), 'utf8')).toBe('organisation: Acme\n');
    expect(readdirSync(work)).toEqual(['content']);
  });

  it('keeps the old content when the new hub cannot be moved in', () => {
    const failing = {
      rename: (from: string, to: string) => {
        if (from === staging) throw new Error('EXDEV: cross-device link not permitted');
        renameSync(from, to);
      },
      remove,
    };
    expect(() => replaceFolder(content, staging, failing)).toThrow(new ReplaceProblem('the new hub could not be put in place (EXDEV: cross-device link not permitted); the content is as it was'));
    expect(readFileSync(join(content, 'hub.yaml'), 'utf8')).toBe('organisation: Ours\n');
    expect(existsSync(staging)).toBe(true);
  });

  it('names the backup folder when even moving it back fails', () => {
    const failing = {
      rename: (from: string, to: string) => {
        if (to === content) throw new Error('EIO');
        renameSync(from, to);
      },
      remove,
    };
    expect(() => replaceFolder(content, staging, failing)).toThrow(/the old content could not be moved back either: it is in .*content\.before-init-\d+; rename that folder back/);
    const backup = readdirSync(work).find((name) => name.startsWith('content.before-init-'))!;
    expect(readFileSync(join(work, backup, 'hub.yaml'), 'utf8')).toBe('organisation: Ours\n');
  });
});
