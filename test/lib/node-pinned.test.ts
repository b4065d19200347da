import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../build/dist.ts';

interface LockEntry {
  version?: string;
  integrity?: string;
  os?: string | string[];
  cpu?: string | string[];
  optional?: boolean;
  hasInstallScript?: boolean;
}
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string>; allowScripts: Record<string, boolean> };
const nodePackages = Object.keys(manifest.optionalDependencies).filter((name) => /^node-(linux|darwin|win)-/.test(name));

describe('the Node that every npm script runs on', () => {
  it('comes from platform packages recorded in the lock file with their integrity hash, one Node version for all', () => {
    expect(nodePackages.length).toBeGreaterThan(0);
    const versions = new Set(nodePackages.map((name) => manifest.optionalDependencies[name]));
    expect(versions.size).toBe(1);
    for (const name of nodePackages) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toMatchObject({ version: manifest.optionalDependencies[name], optional: true });
      expect(entry?.integrity, name).toMatch(/^sha512-/);
      expect(entry?.os, name).toBeDefined();
      expect(entry?.cpu, name).toBeDefined();
      expect(entry?.hasInstallScript, name).toBeUndefined();
    }
  });

  it('is not fetched by an install script (the `node` package runs npm install itself, outside the lock file)', () => {
    expect(lock.packages['node_modules/node']).toBeUndefined();
    expect(manifest.allowScripts).not.toHaveProperty('node');
  });

  it('is the Node this test runs on, when the platform has a package', () => {
    const platform = { win32: 'win', darwin: 'darwin', linux: 'linux' }[process.platform as string];
    const pinned = manifest.optionalDependencies[`node-${platform}-${process.arch}`];
    if (pinned) expect(process.version).toBe(`v${pinned}`);
  });
});
