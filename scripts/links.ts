/**
 * `npm run links -- roster.csv [--post SLUG] [--base URL]` (see `npm run links -- --help`):
 * prints each person's code and personal hub link (and, with --post, their share links) as CSV.
 * The work happens in src/share/links-command.ts; this file only connects it to the terminal.
 */
import { runLinks } from '../src/share/links-command.ts';

process.exitCode = await runLinks(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  cwd: process.cwd(),
  env: process.env,
});
