import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { runCheckCommand } from '../../src/policy/cli/run.ts';
import { checkContent, type CheckResult } from '../../src/policy/engine.ts';
import type { Finding } from '../../src/reading/finding.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The demo "today" of the tests. */
export const TODAY = new Date('2026-11-23');

/** A fixture file's text, such as `posts/post-with-banned-term.md`. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

const created: string[] = [];

/** Removes the content folders made by `makeContent` (call in afterAll). */
export function cleanUp(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let images: Promise<Record<string, Buffer>> | undefined;

/** The pictures every fixture folder has in media/: one that passes and one per way to fail. */
function standardImages(): Promise<Record<string, Buffer>> {
  images ??= (async () => {
    const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#0b5f73' } });
    return {
      'good.jpg': await solid(1200, 630).jpeg().toBuffer(),
      'small.jpg': await solid(800, 419).jpeg().toBuffer(),
      'square.png': await solid(1200, 1200).png().toBuffer(),
      'animated.gif': await solid(1200, 630).gif().toBuffer(),
      'fake.jpg': Buffer.from('this is text saved with a .jpg name\n'),
    };
  })();
  return images;
}

/**
 * A picture over 5 MB with the right shape: only its size is wrong. Random pixels do not
 * compress (and level 0 does not try); drawn from random bytes, not sharp's gaussian noise,
 * which took 3 s to make.
 */
export async function oversizedImage(): Promise<Buffer> {
  const width = 2400;
  const height = 1257;
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/**
 * A content folder in a temporary directory: the shared base (hub.yaml, policy.yaml, a
 * campaign), the standard images, plus the given files (paths relative to the folder).
 */
export async function makeContent(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-test-'));
  created.push(dir);
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  mkdirSync(join(dir, 'media'), { recursive: true });
  for (const [name, bytes] of Object.entries(await standardImages())) writeFileSync(join(dir, 'media', name), bytes);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Runs the checker in this process on a content folder. */
export function check(dir: string, files?: string[]): Promise<CheckResult> {
  return checkContent({ contentDir: dir, now: TODAY, threads: 1, ...(files ? { files: files.map((f) => join(dir, f)) } : {}) });
}

/** The findings of one rule. */
export function byRule(result: CheckResult, ruleId: string): Finding[] {
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

/** What a command printed and its exit code. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment the check tests run in: the demo "today" and no colours. */
function checkEnv(env: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, HUB_NOW: '2026-11-23', NO_COLOR: '1', ...env };
}

/**
 * `npm run check` on a content folder, run in this process: the very function scripts/check.ts
 * calls, with the arguments, output streams and environment a terminal would give it. Starting
 * Node for each run cost about a second; the one test that starts it (cli.test.ts) keeps
 * scripts/check.ts itself proven.
 */
export async function runCheck(args: string[], contentDir: string, env: Record<string, string> = {}): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCheckCommand(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: ROOT,
    contentDir,
    env: checkEnv(env),
  });
  return { code, stdout, stderr };
}

/** `npm run check` as a child process, the way people and CI run it. */
export function spawnCheck(args: string[], contentDir: string, env: Record<string, string> = {}): CommandRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...checkEnv(env), HUB_CONTENT_DIR: contentDir },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
