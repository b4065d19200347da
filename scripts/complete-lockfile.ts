/**
 * `node scripts/complete-lockfile.ts`: adds to package-lock.json the other platforms' optional
 * binaries (Astro's compiler, Pagefind, …) that a registry mirror without them leaves out.
 *
 * Why: where the registry answers 404 for, say, `@pagefind/darwin-arm64`, `npm install` writes
 * a lock file without it, and `npm ci` then refuses that lock file on every machine ("Missing:
 * … from lock file"). Each added entry names its platform (`os`, `cpu`, `libc`), so npm skips it
 * on other platforms without downloading anything, and fetches it from the public registry on
 * the platform that needs it. Run it after any `npm install` that changed the lock file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface LockPackage {
  version?: string;
  resolved?: string;
  optional?: boolean;
  dev?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

const lockPath = resolve(import.meta.dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockPackage> };

const added: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested] || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    const bare = name.split('/').pop()!;
    lock.packages[key] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added.push(`${name}@${version}`);
  }
}

lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length === 0 ? 'complete-lockfile: nothing to add' : `complete-lockfile: added ${added.join(', ')}`);

/** The platform a binary package is for, from its conventional name. */
function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> | undefined {
  const os = ['darwin', 'linux', 'win32', 'windows', 'freebsd', 'android', 'openbsd', 'sunos', 'aix'].find((candidate) => new RegExp(`[-/]${candidate}-`).test(name));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((candidate) => new RegExp(`-${candidate}(-|$)`).test(name));
  if (cpu === 'wasm32') return { cpu: ['wasm32'] };
  if (!os || !cpu) return undefined;
  const libc = /-musl(-|$)/.test(name) ? ['musl'] : /-gnu(-|$)/.test(name) ? ['glibc'] : undefined;
  return { os: [os === 'windows' ? 'win32' : os], cpu: [cpu], ...(libc ? { libc } : {}) };
}
