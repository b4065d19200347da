import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadHubConfig } from '../../src/content/hub-config.ts';
import { fieldsOf } from '../../src/scaffold/templates.ts';
import { repoRoot } from '../build/dist.ts';

const read = (path: string) => readFileSync(join(repoRoot, '.github', path), 'utf8');
const hub = loadHubConfig(join(repoRoot, 'content'));

describe('the suggestion form (issue template)', () => {
  const form = parse(read('ISSUE_TEMPLATE/suggest-post.yml')) as { body: { id?: string; attributes: { options?: unknown[] } }[] };
  const options = (id: string) => form.body.find((item) => item.id === id)?.attributes.options;

  it('asks for every post field an employee can know (the comms team decides featured and draft)', () => {
    const ids = form.body.map((item) => item.id);
    for (const field of fieldsOf('post')) {
      if (field.name !== 'featured' && field.name !== 'draft') expect(ids, field.name).toContain(field.name);
    }
  });

  it('offers the categories and languages of content/hub.yaml', () => {
    expect(options('category')).toEqual(hub.categories.map((category) => category.id));
    expect(options('language')).toEqual(hub.locales.map((locale) => locale.code));
  });
});

describe('the deploy workflow', () => {
  const workflow = parse(read('workflows/deploy.yml'));
  const steps = JSON.stringify(workflow.jobs);

  it('runs on every push to main, by hand, and every day so that embargoes and expiries take effect', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('builds with Node 24 and publishes to GitHub Pages', () => {
    expect(steps).toContain('"node-version":24');
    for (const text of ['npm ci', 'npm run build', 'actions/upload-pages-artifact', 'actions/deploy-pages']) expect(steps).toContain(text);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});

describe('reviews', () => {
  it('asks Legal and HR to review the guidelines, and the comms leads the policy', () => {
    const owners = read('CODEOWNERS');
    expect(owners).toMatch(/^\/content\/guidelines\/\s+.*legal.*people/m);
    expect(owners).toMatch(/^\/content\/policy\.yaml\s+.*comms-leads/m);
  });

  it('gives editors a checklist in every pull request', () => {
    const template = read('pull_request_template.md');
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(8);
    expect(template).toContain('Content check');
  });
});
