import type { TestProject } from 'vitest/node';
import { buildDemo } from '../build/global-setup.ts';
import { testDist } from '../build/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the demo hub (unless HUB_REUSE_TEST_BUILD=1) and serves it on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildDemo();
  const server = await serveStatic(testDist);
  project.provide('baseUrl', server.url);
  return server.close;
}
