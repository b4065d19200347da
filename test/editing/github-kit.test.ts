import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isPair, isScalar, parse, parseDocument, visit } from 'yaml';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { flatten, type MdNode } from '../../src/reading/markdown-nodes.ts';
import { fieldsOf } from '../../src/scaffold/field-help.ts';
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
  });

  it('gives the build job read access only, and the right to publish to the deploy job alone', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('every action a workflow uses is pinned to a commit', () => {
  /** `uses:` of the workflows, and of the workflow examples in the documentation that adopters copy. */
  const sources: [where: string, yaml: string][] = [
    ...readdirSync(join(repoRoot, '.github', 'workflows')).map((name): [string, string] => [`.github/workflows/${name}`, read(`workflows/${name}`)]),
    ...readmeYaml(),
  ];
  const uses = sources.flatMap(([where, text]) => {
    const found: { where: string; action: string; comment: string }[] = [];
    visit(parseDocument(text), {
      Pair(_, pair) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'uses' && isScalar(pair.value)) {
          found.push({ where, action: String(pair.value.value), comment: (pair.value.comment ?? '').trim() });
        }
      },
    });
    return found;
  });

  it('finds the actions of the workflows and of the documentation\'s examples', () => {
    expect(new Set(uses.map((use) => use.where)).size).toBeGreaterThanOrEqual(3);
    expect(uses.length).toBeGreaterThanOrEqual(10);
  });

  it('pins each by its full 40-character commit, with the release in a comment beside it', () => {
    for (const use of uses) {
      expect(use.action, use.where).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(use.comment, `${use.where}: ${use.action}`).toMatch(/^v\d+\.\d+\.\d+$/);
    }
  });

  it('pins one action to one commit and one release everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const use of uses) {
      const [name] = use.action.split('@');
      pins.set(name!, (pins.get(name!) ?? new Set()).add(`${use.action} # ${use.comment}`));
    }
    for (const [name, seen] of pins) expect([...seen], name).toHaveLength(1);
  });
});

/** The workflow examples in the README and the documentation (docs/), which adopters copy. */
function readmeYaml(): [string, string][] {
  const documents = ['README.md', ...readdirSync(join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  return documents.flatMap((document) => {
    const tree = unified().use(remarkParse).parse(readFileSync(join(repoRoot, document), 'utf8')) as MdNode;
    return flatten(tree)
      .filter((node) => node.type === 'code' && (node as { lang?: string }).lang === 'yaml' && node.value?.includes('uses:'))
      .map((node): [string, string] => [`${document}:${node.position?.start.line}`, node.value ?? '']);
  });
}

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
