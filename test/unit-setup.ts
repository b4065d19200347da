/**
 * Runs around every file of the unit project. Those files share their workers (`isolate: false`
 * in vitest.config.ts), so a file that changed process.env would change it for every file after
 * it: this fails such a file, naming the variables, and puts the environment back.
 */
import { afterAll, beforeAll } from 'vitest';

let before: Record<string, string | undefined> = {};

beforeAll(() => {
  before = { ...process.env };
});

afterAll(() => {
  const names = new Set([...Object.keys(before), ...Object.keys(process.env)]);
  const changed = [...names].filter((name) => before[name] !== process.env[name]).sort();
  if (changed.length === 0) return;
  for (const name of changed) {
    const value = before[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  throw new Error(
    `this file changed process.env (${changed.join(', ')}) and left it so, for the files after it in the same worker; give the code under test its environment as a parameter, or restore the variable in afterEach`,
  );
});
