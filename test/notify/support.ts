import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NotifyIO } from '../../src/notify/notify-command.ts';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** A hub (under /advocacy/, en + it) with posts new after 2026-11-15 and every kind that must stay out. */
export const HUB_WITH_NEW_POSTS = join(fixtures, 'hub-with-new-posts');
/** A built site's JSON feed, where the commands read picture addresses from. */
export const BUILT_SITE = join(fixtures, 'built-site');
export const NOW = '2026-11-23';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hub-notify-'));
}

/** The program team's secret for roster codes: made for this run, written in no file. */
export const TEST_CODE_SECRET = randomBytes(33).toString('base64');

/** Command I/O that keeps what was printed. */
export function captureIO(overrides: Partial<NotifyIO> = {}): NotifyIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: { HUB_NOW: NOW, HUB_CODE_SECRET: TEST_CODE_SECRET },
    contentDir: HUB_WITH_NEW_POSTS,
    ...overrides,
  };
}
