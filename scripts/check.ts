/**
 * `npm run check`: checks the content against content/policy.yaml (see `npm run check -- --help`).
 * The work happens in src/policy/; this file only connects it to the terminal.
 */
import { contentDir } from '../src/reading/paths.ts';
import { runCheckCommand } from '../src/policy/cli/run.ts';

process.exitCode = await runCheckCommand(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  contentDir: contentDir(),
  env: process.env,
});
