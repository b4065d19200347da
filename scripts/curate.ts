/**
 * `npm run curate [-- --feed URL_OR_FILE --locale xx --category id]`: turns new items of the
 * newsroom's feeds (content/hub.yaml `sources:`) into draft posts; see src/curate/.
 */
import { runCurate } from '../src/curate/curate-command.ts';

process.exitCode = await runCurate(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  cwd: process.cwd(),
  env: process.env,
});
