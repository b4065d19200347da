import { globSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverContent } from '../../src/reading/discover.ts';
import { collectionFiles, listCampaignIds, listPostSlugs, stemOf, type FolderKind } from '../../src/reading/paths.ts';

const hub = fileURLToPath(new URL('../fixtures/hub', import.meta.url));
const KINDS: FolderKind[] = ['post', 'guideline', 'faq', 'campaign'];

describe('the layout of a content folder, written once', () => {
  it("gives Astro's loaders exactly the files the check reads, kind by kind", () => {
    const discovered = discoverContent(hub).files;
    for (const kind of KINDS) {
      const { base, pattern } = collectionFiles(hub, kind);
      const loaded = globSync(pattern, { cwd: base }).map((file) => join(base, file)).sort();
      const checked = discovered.filter((file) => file.kind === kind).map((file) => file.path).sort();
      expect(checked.length, kind).toBeGreaterThan(0);
      expect(loaded, kind).toEqual(checked);
    }
  });

  it('names campaigns and posts as the check does', () => {
    const discovered = discoverContent(hub).files;
    expect(listCampaignIds(hub)).toEqual(discovered.filter((file) => file.kind === 'campaign').map((file) => file.slug));
    expect([...listPostSlugs(hub)].sort()).toEqual([...new Set(discovered.filter((file) => file.kind === 'post').map((file) => file.slug))].sort());
  });

  it('takes a file name apart at its last dot, and only for the extensions asked', () => {
    expect(stemOf('launch.mdx', ['md', 'mdx'])).toBe('launch');
    expect(stemOf('v2.0-launch.md', ['md', 'mdx'])).toBe('v2.0-launch');
    expect(stemOf('ride.yml', ['yaml', 'yml'])).toBe('ride');
    expect(stemOf('notes.txt', ['md', 'mdx'])).toBeUndefined();
    expect(stemOf('launch.MD', ['md', 'mdx'])).toBeUndefined();
    expect(stemOf('.md', ['md', 'mdx'])).toBeUndefined();
    expect(stemOf('README', ['md', 'mdx'])).toBeUndefined();
  });
});
