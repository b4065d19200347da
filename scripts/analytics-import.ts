/**
 * `npm run analytics:import -- FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD]`: adds the visits of the
 * hub's links in a GA4 export (or the plain CSV format) to content/analytics/.
 * The work happens in src/analytics/import-command.ts; this file only connects it to the terminal.
 */
import { runAnalyticsImport } from '../src/analytics/import-command.ts';

process.exitCode = runAnalyticsImport(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  cwd: process.cwd(),
  env: process.env,
});
