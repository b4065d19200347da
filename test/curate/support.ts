import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CurateIO } from '../../src/curate/curate-command.ts';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const FEEDS = join(fixtures, 'feeds');
/** A hub in en + it whose policy checks disclosures, caption length and pictures; one post came from a feed once. */
export const NEWSROOM_HUB = join(fixtures, 'newsroom-hub');
export const NOW = '2026-11-23';

/** A copy of the newsroom hub in a folder of its own: `<work>/content`. */
export function hubCopy(): string {
  const work = mkdtempSync(join(tmpdir(), 'hub-curate-'));
  cpSync(NEWSROOM_HUB, join(work, 'content'), { recursive: true });
  return work;
}

export function captureIO(cwd: string): CurateIO & { out: string[]; err: string[]; printed: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: { HUB_NOW: NOW }, printed: () => [...out, ...err].join('\n') };
}

/** Every file under a folder with its contents, to tell that a run changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (statSync(path).isFile()) files[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return files;
}

export type Route = (response: import('node:http').ServerResponse) => void;

/** An HTTP server on 127.0.0.1 answering from a table of paths; nothing leaves this computer. */
export async function localServer(routes: Record<string, Route>): Promise<{ url: (path: string) => string; close: () => Promise<void>; server: Server }> {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) {
      response.writeHead(404).end('not found');
      return;
    }
    route(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
