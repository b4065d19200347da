import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/reading/finding.ts';
import { escapeData, escapeProperty, formatGithub } from '../../src/policy/report/github.ts';
import { formatJson } from '../../src/policy/report/json.ts';
import { formatPretty } from '../../src/policy/report/pretty.ts';
import { SARIF_SCHEMA } from '../../src/policy/report/sarif.ts';
import { cleanUp, fixture, makeContent, runCheck } from './helpers.ts';

afterAll(cleanUp);

const brand: Finding = {
  file: 'content/posts/en/launch.md',
  line: 11,
  column: 42,
  endLine: 11,
  endColumn: 58,
  severity: 'error',
  ruleId: 'brand-spelling',
  message: 'captions.default[1]: write "Tidewater Cycles", not "TideWater Cycles"',
  fix: { description: 'write "Tidewater Cycles"', range: [324, 340], replacement: 'Tidewater Cycles' },
  url: '/guidelines/brand-style-guide/',
};
const expiring: Finding = { file: 'content/posts/en/launch.md', line: 8, column: 1, severity: 'warning', ruleId: 'expiring-soon', message: 'expiry_date: expires in 3 days' };

describe('pretty', () => {
  it('groups by file, shows the fix and a summary line, without colour when asked', () => {
    const text = formatPretty([expiring, brand], { color: false, checked: 12 });
    expect(text).toBe(
      [
        'content/posts/en/launch.md',
        '  8:1    warning     expiry_date: expires in 3 days  expiring-soon',
        '  11:42  error       captions.default[1]: write "Tidewater Cycles", not "TideWater Cycles"  brand-spelling',
        '                     fix: write "Tidewater Cycles" (--fix)',
        '                     why: /guidelines/brand-style-guide/',
        '',
        '✖ 1 error, 1 warning, 0 suggestions in 1 of 12 files',
        '  1 problem can be fixed automatically: npm run check -- --fix',
      ].join('\n'),
    );
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('colours on a terminal', () => {
    expect(formatPretty([brand], { color: true })).toMatch(/\u001b\[31merror/);
  });

  it('says so when there is nothing to report', () => {
    expect(formatPretty([], { color: false, checked: 3 })).toBe('✔ no problems in 3 files');
  });
});

describe('json', () => {
  it('is an array of {file, line, column, endLine, endColumn, severity, ruleId, message, fix}', () => {
    const parsed = JSON.parse(formatJson([expiring]));
    expect(parsed).toEqual([
      { file: 'content/posts/en/launch.md', line: 8, column: 1, endLine: 8, endColumn: 1, severity: 'warning', ruleId: 'expiring-soon', message: 'expiry_date: expires in 3 days', fix: null },
    ]);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, suggestions as notices', () => {
    const text = formatGithub([brand, { ...expiring, severity: 'suggestion' }]);
    expect(text.split('\n')).toEqual([
      '::error file=content/posts/en/launch.md,line=11,col=42,endLine=11,endColumn=58,title=Content policy%3A brand-spelling::captions.default[1]: write "Tidewater Cycles", not "TideWater Cycles"%0AFix: write "Tidewater Cycles"',
      '::notice file=content/posts/en/launch.md,line=8,col=1,title=Content policy%3A expiring-soon::expiry_date: expires in 3 days',
    ]);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
});

describe('the formats from the command line', { timeout: 90_000 }, () => {
  it('json, github and sarif describe the same findings', async () => {
    const dir = await makeContent({ 'posts/en/launch.md': fixture('posts/post-with-misspelled-brand.md'), 'posts/en/soon.md': fixture('posts/post-expiring-soon.md') });

    const json = await runCheck(['--format', 'json'], dir);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout) as Finding[];
    expect(findings.map((f) => [f.file.split('/').pop(), f.ruleId, f.line, f.column])).toEqual([
      ['launch.md', 'brand-spelling', 11, 42],
      ['soon.md', 'expiring-soon', 8, 1],
    ]);

    const github = await runCheck(['--format', 'github'], dir);
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=[^,]*launch\.md,line=11,col=42,endLine=11,endColumn=58,title=Content policy%3A brand-spelling::/m);
    expect(github.stdout).toMatch(/^::warning file=[^,]*soon\.md,line=8,col=1,/m);

    const sarif = await runCheck(['--format', 'sarif'], dir);
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('advocacy-hub-check');
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ruleIds).toEqual(expect.arrayContaining(['schema', 'mdx-safety', 'no-politics', 'brand-spelling', 'expiring-soon']));
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toEqual(expect.any(String));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: 'brand-spelling', level: 'error', message: { text: expect.stringContaining('Tidewater Cycles') } });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('brand-spelling');
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toMatch(/launch\.md$/);
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 11, startColumn: 42, endLine: 11, endColumn: 58 });
    expect(first.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Tidewater Cycles');
    expect(second).toMatchObject({ ruleId: 'expiring-soon', level: 'warning' });
  });
});
