import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, makeContent, runCheck } from './helpers.ts';

/**
 * Attacks as a contributor would try them, one small file each, named after what it shows: every
 * payload stands on line 6 of its file (the first line after the front matter, or the front-matter
 * field on line 6 of a post), and `npm run check` must fail with an error on exactly that line.
 */
const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const PAYLOAD_LINE = 6;

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

const guidelines = readdirSync(join(HOSTILE, 'guidelines')).sort();
const posts = readdirSync(join(HOSTILE, 'posts')).sort();
const cases = [...guidelines.map((name) => `guidelines/en/${name}`), ...posts.map((name) => `posts/en/${name}`)];

afterAll(cleanUp);

describe('the hostile corpus, checked in one run of npm run check -- --format json', () => {
  let code = 0;
  let findings: JsonFinding[] = [];

  beforeAll(async () => {
    const dir = await makeContent();
    cpSync(join(HOSTILE, 'guidelines'), join(dir, 'guidelines', 'en'), { recursive: true });
    cpSync(join(HOSTILE, 'posts'), join(dir, 'posts', 'en'), { recursive: true });
    const run = await runCheck(['--format', 'json'], dir);
    code = run.code;
    findings = JSON.parse(run.stdout) as JsonFinding[];
  }, 180_000);

  it('holds at least 40 cases, and fails the check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(code).toBe(1);
  });

  it.each(cases)('%s: refused with an error on the payload line, and nowhere else', (path) => {
    const own = findings.filter((finding) => finding.file.endsWith(path));
    expect(own.filter((finding) => finding.severity === 'error' && finding.line === PAYLOAD_LINE).length).toBeGreaterThan(0);
    expect(own.filter((finding) => finding.line !== PAYLOAD_LINE)).toEqual([]);
  });
});

describe('a hostile hub.yaml', () => {
  it('refuses a program lead chat link that runs code, on its own line', async () => {
    const hub = readFileSync(join(HOSTILE, 'hub', 'program-lead-chat-javascript.yaml'), 'utf8');
    const line = hub.split('\n').findIndex((text) => text.trimStart().startsWith('chat:')) + 1;
    const dir = await makeContent();
    writeFileSync(join(dir, 'hub.yaml'), hub);
    const run = await runCheck(['--format', 'json'], dir);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    expect(findings).toEqual([expect.objectContaining({ line, severity: 'error', message: expect.stringMatching(/program_lead\.chat.*javascript: address/) })]);
  });
});
