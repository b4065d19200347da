/**
 * `npm run new -- post|faq|guideline|campaign [--title …] [--locale …] [--category …] [--campaign …]
 * [--topic …] [--hashtag …] [--slug …]`: writes a new content file, as a draft, ready to edit.
 * The work happens in src/scaffold/new-command.ts; this file only connects it to the terminal.
 */
import { runNew } from '../src/scaffold/new-command.ts';

process.exitCode = await runNew(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  cwd: process.cwd(),
  env: process.env,
  // Asks for what the flags leave out only when a person is at the terminal, never in CI or a pipe.
  terminal: process.stdin.isTTY && process.stdout.isTTY ? { input: process.stdin, output: process.stdout } : undefined,
});
