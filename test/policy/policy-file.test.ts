import { afterAll, describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/reading/load-policy.ts';
import { check, cleanUp, fixture, makeContent, runCheck } from './helpers.ts';
import { fixtureHub } from '../build/dist.ts';
import { join } from 'node:path';

afterAll(cleanUp);

describe('the policy file is checked before anything else', { timeout: 90_000 }, () => {
  const cases: [fixture: string, line: number, column: number, words: RegExp][] = [
    ['policy-with-wrong-level.yaml', 4, 5, /^banned_topics\[1\]\.level: must be one of: error, warning, suggestion$/],
    ['policy-with-unknown-section.yaml', 2, 1, /unknown field "banned_words": check the spelling/],
    ['policy-with-malformed-yaml.yaml', 6, 1, /not valid YAML: Missing closing "quote/],
    ['policy-with-duplicate-ids.yaml', 6, 5, /the id "no-politics" is already used by banned_topics\[1\]/],
    ['policy-with-unknown-exempt-category.yaml', 4, 23, /"press-releases" is not a category of this hub/],
    ['policy-with-built-in-id.yaml', 2, 3, /"schema" is the name of a built-in check/],
    ['policy-with-javascript-link.yaml', 4, 5, /^banned_topics\[1\]\.link: must be a hub path .* or an https:\/\/ address: it is a javascript: address/],
  ];

  it.each(cases)('%s: line %i, column %i', async (name, line, column, words) => {
    const dir = await makeContent({ 'policy.yaml': fixture(`policies/${name}`), 'posts/en/p.md': fixture('posts/post-with-banned-term.md') });
    const result = await check(dir);
    expect(result.findings).toEqual([]);
    expect(result.fatal?.[0]).toMatchObject({ file: expect.stringMatching(/policy\.yaml$/), line, column });
    expect(result.fatal?.[0]?.message).toMatch(words);
  });

  it('stops `npm run check` with exit code 2 and the line of the problem', async () => {
    const dir = await makeContent({ 'policy.yaml': fixture('policies/policy-with-wrong-level.yaml') });
    const { code, stdout, stderr } = await runCheck([], dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/policy\.yaml\n\s+4:5\s+error\s+banned_topics\[1\]\.level: must be one of: error, warning, suggestion/);
    expect(stderr).toMatch(/the content policy file has 1 problem/);
    expect(stdout + stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the policy file is missing', async () => {
    const dir = await makeContent();
    const result = await check(join(dir, 'no-such-folder'));
    expect(result.fatal?.[0]?.message).toMatch(/the content policy file is missing/);
  });

  it('the fixture hub\'s policy is valid', () => {
    const { policy, findings } = readPolicy(fixtureHub);
    expect(findings).toEqual([]);
    expect(policy?.banned_topics.map((topic) => topic.id)).toContain('no-politics');
  });
});
