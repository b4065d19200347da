import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, makeContent, runCheck } from '../policy/helpers.ts';

afterAll(cleanUp);

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('npm run check reads the imported analytics too', { timeout: 90_000 }, () => {
  it('passes a data file the import wrote', async () => {
    const dir = await makeContent({ 'analytics/aggregates.json': fixture('aggregates/imported.json') });
    const { code, stdout } = await runCheck([], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ no problems in 3 files/);
  });

  it('fails on counts that are not whole numbers (1e20, null), on their lines, and says not to edit the file', async () => {
    const dir = await makeContent({ 'analytics/aggregates.json': fixture('aggregates/with-a-count-of-1e20-and-null.json') });
    const { code, stdout } = await runCheck([], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/analytics\/aggregates\.json\n\s+4:1\s+error\s+rows\[1\]\.sessions: must be a whole number; this file is written by "npm run analytics:import", do not edit it by hand/);
    expect(stdout).toMatch(/\n\s+5:1\s+error\s+rows\[2\]\.engaged: must be a whole number;/);
  });

  it('fails on a file that is not JSON, at the place it stops being JSON', async () => {
    const dir = await makeContent({ 'analytics/aggregates.json': '{\n  "version": 1, "covered": [],\n  "rows": [\n    {"date": "2026-11-05",}\n  ]\n}\n' });
    const { code, stdout } = await runCheck([], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/analytics\/aggregates\.json\n\s+4:\d+\s+error\s+this is not valid JSON/);
  });
});
