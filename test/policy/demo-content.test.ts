import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/policy/engine.ts';
import { fixtureHub } from '../build/dist.ts';
import { TODAY } from './helpers.ts';

describe('the fixture hub (a frozen copy of the demo)', () => {
  it('follows its own policy: no errors, no warnings', async () => {
    const result = await checkContent({ contentDir: fixtureHub, now: TODAY });
    expect(result.fatal).toBeUndefined();
    const problems = result.findings.filter((finding) => finding.severity !== 'suggestion');
    expect(problems.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    expect(result.checked).toBeGreaterThan(50);
  });
});
