import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyticsImport } from '../../src/analytics/import-command.ts';
import { analyticsDataSchema, type AnalyticsData } from '../../src/schemas/measurement.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A copy of the small fixture hub with nothing imported yet, and a way to run
 * `npm run analytics:import -- …` against it the way the program team would. Each test has
 * its own copy, so the tests run side by side.
 */
function freshHub() {
  const content = mkdtempSync(join(tmpdir(), 'hub-analytics-import-'));
  made.push(content);
  cpSync(join(fixtures, 'small-hub'), content, { recursive: true });
  const dataFile = join(content, 'analytics', 'aggregates.json');
  return {
    dataFile,
    data: (): AnalyticsData => analyticsDataSchema.parse(JSON.parse(readFileSync(dataFile, 'utf8'))),
    run: async (...args: string[]) => runImport(args, { ...process.env, HUB_CONTENT_DIR: content }),
    /** `npm run analytics:import -- …` as a child process, the way the program team runs it. */
    spawn: (...args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['scripts/analytics-import.ts', ...args],
          { cwd: root, env: { ...process.env, HUB_CONTENT_DIR: content }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      }),
  };
}

/**
 * The import in this process: the function scripts/analytics-import.ts calls, given the arguments,
 * the environment and the output streams (a line each call, as console.log prints it). Starting
 * Node for each run cost about a second; one test below still starts the script.
 */
function runImport(args: string[], env: Record<string, string | undefined>): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = runAnalyticsImport(args, { stdout: (text) => (stdout += `${text}\n`), stderr: (text) => (stderr += `${text}\n`), cwd: root, env });
  return { status, stdout, stderr };
}

const noStackTrace = /\bat .+:\d+:\d+\)?$/m;

describe.concurrent('npm run analytics:import with a GA4 exploration export', () => {
  it('keeps the visits of the hub\'s links, added up per day, post, network, campaign and advocate', async () => {
    const { run, data } = freshHub();
    const { status, stdout, stderr } = await run(`${fixtures}ga4-exploration-with-dates.csv`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(data().covered).toEqual([{ from: '2026-11-02', to: '2026-11-04' }]);
    expect(data().rows).toEqual([
      { date: '2026-11-02', post: 'ebbtide-launch-day', network: 'linkedin', campaign: 'ebbtide-launch', advocate: 'k7m2q9xv4a', sessions: 1204, engaged: 830, key_events: 25 },
      { date: '2026-11-02', post: 'ebbtide-launch-day', network: 'x', campaign: 'ebbtide-launch', advocate: 'p3rt8ws6ne', sessions: 40, engaged: 22, key_events: 1 },
      { date: '2026-11-03', post: 'ebbtide-launch-day', network: 'linkedin', campaign: 'ebbtide-launch', advocate: 'k7m2q9xv4a', sessions: 60, engaged: 41, key_events: 2 },
      { date: '2026-11-03', post: 'hiring-mechanics-kl', network: 'email', campaign: 'always-on', sessions: 12, engaged: 9, key_events: 0 },
      // "LinkedIn" and "linkedin" on the same day are one network.
      { date: '2026-11-04', post: 'ebbtide-launch-day', network: 'linkedin', campaign: 'ebbtide-launch', advocate: 'k7m2q9xv4a', sessions: 12, engaged: 7, key_events: 1 },
    ]);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toContain('Imported 1,328 visits (909 engaged, 29 key events)');
  });

  it('counts and skips other traffic: search, direct, referrals, unknown posts and campaigns, bad codes', async () => {
    const { run, dataFile } = freshHub();
    const { stdout } = await run(`${fixtures}ga4-exploration-with-dates.csv`);
    expect(stdout).toContain(
      "skipped 8 rows of other traffic (5 not from the hub's links, 1 unknown post, 1 unknown campaign, 1 invalid advocate code)",
    );
    const written = readFileSync(dataFile, 'utf8');
    for (const absent of ['google', 'newsletter', 'a-post-that-was-deleted', 'spring-sale', 'Jane Doe', 'jane doe']) {
      expect(written).not.toContain(absent);
    }
  });

  it('writes nothing twice when the same export is imported again', async () => {
    const { run, dataFile } = freshHub();
    await run(`${fixtures}ga4-exploration-with-dates.csv`);
    const first = readFileSync(dataFile, 'utf8');
    const again = await run(`${fixtures}ga4-exploration-with-dates.csv`);
    expect(again.status).toBe(0);
    expect(readFileSync(dataFile, 'utf8')).toBe(first);
  });

  it('takes the period of an export without dates from its "Start date" and "End date" lines', async () => {
    const { run, data } = freshHub();
    const { status } = await run(`${fixtures}ga4-exploration-without-dates.csv`);
    expect(status).toBe(0);
    expect(data().rows).toEqual([
      { date: '2026-10-01', until: '2026-10-31', post: 'hiring-mechanics-kl', network: 'linkedin', campaign: 'always-on', advocate: 'k7m2q9xv4a', sessions: 45, engaged: 26, key_events: 2 },
    ]);
  });

  it('imports only --from to --to, and replaces exactly those days', async () => {
    const { run, data } = freshHub();
    await run(`${fixtures}ga4-exploration-with-dates.csv`);
    const { status, stdout } = await run(`${fixtures}ga4-exploration-with-dates.csv`, '--from', '2026-11-03', '--to', '2026-11-03');
    expect(status).toBe(0);
    expect(stdout).toContain('left out 4 rows outside --from/--to');
    expect(data().rows).toHaveLength(5);
  });
});

describe('npm run analytics:import as a process', () => {
  it('is what scripts/analytics-import.ts runs: the content folder from the environment, the summary on stdout, the reason on stderr, the exit code', async () => {
    // The other tests call the import in this process; this one starts Node, as `npm run analytics:import` does.
    const imported = freshHub();
    const refused = freshHub();
    const [done, failed] = await Promise.all([imported.spawn(`${fixtures}ga4-exploration-with-dates.csv`), refused.spawn(`${fixtures}ga4-export-with-malformed-rows.csv`)]);
    expect(done).toMatchObject({ status: 0, stderr: '' });
    expect(done.stdout).toMatch(/^Imported 1,328 visits \(909 engaged, 29 key events\)/);
    expect(imported.data().rows).toHaveLength(5);
    expect(failed).toMatchObject({ status: 1, stdout: '' });
    expect(failed.stderr).toMatch(/ga4-export-with-malformed-rows\.csv: nothing imported: 5 rows could not be read/);
    expect(existsSync(refused.dataFile)).toBe(false);
  });
});

describe.concurrent('npm run analytics:import with the plain CSV format', () => {
  it('reads date,source,medium,campaign,content,term,sessions,engaged_sessions,conversions', async () => {
    const { run, data } = freshHub();
    const { status, stdout, stderr } = await run(`${fixtures}plain-export.csv`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(data().rows).toEqual([
      { date: '2026-11-05', post: 'ebbtide-launch-day', network: 'linkedin', campaign: 'ebbtide-launch', advocate: 'k7m2q9xv4a', sessions: 30, engaged: 20, key_events: 1 },
      { date: '2026-11-05', post: 'hiring-mechanics-kl', network: 'whatsapp', campaign: 'always-on', sessions: 8, engaged: 5, key_events: 0 },
      { date: '2026-11-06', post: 'ebbtide-launch-day', network: 'bluesky', campaign: 'ebbtide-launch', advocate: 'p3rt8ws6ne', sessions: 4, engaged: 4, key_events: 0 },
    ]);
    expect(stdout).toContain("skipped 1 row of other traffic (1 not from the hub's links)");
  });
});

describe.concurrent('npm run analytics:import takes a file whole or not at all', () => {
  /** The data file after importing plain-export.csv: rows for 5 and 6 November. */
  async function hubWithData() {
    const hub = freshHub();
    expect((await hub.run(`${fixtures}plain-export.csv`)).status).toBe(0);
    return { ...hub, before: readFileSync(hub.dataFile, 'utf8') };
  }

  it('lists every row it cannot read by line and column, exits 1 and writes nothing', async () => {
    const { run, dataFile, before } = await hubWithData();
    const { status, stdout, stderr } = await run(`${fixtures}ga4-export-with-malformed-rows.csv`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/ga4-export-with-malformed-rows\.csv: line 5, column G: Sessions "ten" is not a whole number$/),
      expect.stringMatching(/: line 6, column A: the date "2026110" is not a date: write it as YYYYMMDD or YYYY-MM-DD$/),
      expect.stringMatching(/: line 7: has 8 values but the header has 9 columns/),
      expect.stringMatching(/: line 8, column H: Engaged sessions \(5\) is more than Sessions \(3\)$/),
      expect.stringMatching(/: line 9, column G: Sessions "-4" is negative: a count cannot be below 0$/),
      expect.stringMatching(/ga4-export-with-malformed-rows\.csv: nothing imported: 5 rows could not be read \(listed above\), and an import takes a file whole or not at all/),
    ]);
    expect(stderr).not.toMatch(noStackTrace);
    // The readable rows of 1 and 3 November are not imported either, and the stored days are as they were.
    expect(readFileSync(dataFile, 'utf8')).toBe(before);
  });

  it('refuses a count too large for a number instead of writing "infinity"', async () => {
    const { run, dataFile, before } = await hubWithData();
    const { status, stdout, stderr } = await run(`${fixtures}plain-export-with-a-count-of-400-nines.csv`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/: line 2, column G: sessions "9{40}… \(400 characters\)" is far more than any count of visits \(at most 9,007,199,254,740,991\)/);
    expect(stderr).not.toContain('∞');
    expect(readFileSync(dataFile, 'utf8')).toBe(before);
  });

  it('never empties a stored day because its rows could not be read (a Latin-1 export)', async () => {
    const { run, data, dataFile, before } = await hubWithData();
    const sixth = data().rows.filter((row) => row.date === '2026-11-06');
    expect(sixth).toHaveLength(1);
    const { status, stderr } = await run(`${fixtures}ga4-export-in-latin-1-with-unreadable-day.csv`);
    expect(status).toBe(1);
    expect(stderr).toMatch(/ga4-export-in-latin-1-with-unreadable-day\.csv: nothing imported: line 5, column 73: byte 0xA0 is not UTF-8 text/);
    expect(stderr).toContain('"CSV UTF-8 (comma delimited)"');
    expect(readFileSync(dataFile, 'utf8')).toBe(before);
    expect(data().rows.filter((row) => row.date === '2026-11-06')).toEqual(sixth);
  });

  it('shows the control characters of a cell escaped, never sends them to the terminal', async () => {
    const { run } = freshHub();
    const { status, stderr } = await run(`${fixtures}plain-export-with-an-escape-sequence-in-a-cell.csv`);
    expect(status).toBe(1);
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('sessions "\\x1b[2J\\x1b[1;32mall good\\x1b[0m" is not a whole number');
  });
});

describe.concurrent('npm run analytics:import refuses, with the reason and exit code 1', () => {
  it.each([
    ['a file that is neither format', 'employee-roster-not-an-export.csv', 'line 1 is not a header the import knows (found "email,name")'],
    ['a GA4 export without the post column', 'ga4-exploration-without-ad-content.csv', 'has no "Session manual ad content" column'],
  ])('%s', async (_what, file, reason) => {
    const { run, dataFile } = freshHub();
    const { status, stdout, stderr } = await run(`${fixtures}${file}`);
    expect(status).toBe(1);
    expect(stderr).toContain(`${file}: nothing imported: `);
    expect(stderr).toContain(reason);
    expect(stderr).not.toMatch(noStackTrace);
    expect(stdout).toBe('');
    expect(existsSync(dataFile)).toBe(false);
  });

  it('a file that does not exist', async () => {
    const { run } = freshHub();
    const { status, stderr } = await run(`${fixtures}no-such-export.csv`);
    expect(status).toBe(1);
    expect(stderr).toContain('no-such-export.csv: there is no such file');
  });

  it('an import that would cut an older period without daily dates in two', async () => {
    const { run, data } = freshHub();
    await run(`${fixtures}ga4-exploration-without-dates.csv`); // the whole of October, without daily dates
    const { status, stderr } = await run(`${fixtures}plain-export.csv`, '--from', '2026-10-15', '--to', '2026-11-06');
    expect(status).toBe(1);
    expect(stderr).toContain('a period without daily dates, 2026-10-01 to 2026-10-31, that this import covers only in part');
    expect(data().rows).toHaveLength(1);
  });

  it('dates that are not dates', async () => {
    const { run } = freshHub();
    const { status, stderr } = await run(`${fixtures}plain-export.csv`, '--from', '2026-11-31', '--to', '2026-12-01');
    expect(status).toBe(1);
    expect(stderr).toContain('--from "2026-11-31" is not a date: write it as YYYY-MM-DD');
  });
});
