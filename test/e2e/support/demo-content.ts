import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadHubConfig } from '../../../src/reading/hub-config.ts';
import type { HubConfig } from '../../../src/schemas/hub.ts';
import { fixtureHub } from '../../build/dist.ts';

/** The tested hub's settings (test/fixtures/hub/hub.yaml), as the build read them. */
export function demoHub(): HubConfig {
  return loadHubConfig(fixtureHub);
}

export interface DemoPost {
  title: string;
  link?: string;
  campaign?: string;
  category: string;
}

/** The front matter of a post of the fixture hub, so that tests follow the content instead of copying it. */
export function demoPost(locale: string, slug: string): DemoPost {
  const source = readFileSync(join(fixtureHub, 'posts', locale, `${slug}.md`), 'utf8');
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (!frontMatter) throw new Error(`test/fixtures/hub/posts/${locale}/${slug}.md has no front matter`);
  return parse(frontMatter) as DemoPost;
}
