import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../build/dist.ts';

const text = readFileSync(join(repoRoot, '.github', 'workflows', 'curate.yml'), 'utf8');
const workflow = parse(text) as {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: { curate: { steps: { uses?: string; run?: string }[] } };
};
const steps = workflow.jobs.curate.steps;

describe('the curation workflow', () => {
  it('runs every day, and on demand', () => {
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('asks only for what it needs: push its branch and open a pull request', () => {
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
  });

  it('pins every action to a full commit, with the version in a comment', () => {
    const uses = text.split('\n').filter((line) => line.trim().startsWith('- uses:'));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('runs npm run curate and opens one pull request with the GitHub CLI', () => {
    const scripts = steps.map((step) => step.run ?? '').join('\n');
    expect(scripts).toContain('npm run curate');
    expect(scripts).toContain('gh pr create');
    expect(scripts).toContain('gh pr list --head "$BRANCH" --state open');
  });
});
