// npm run notify -- --since DATE|REF [--format slack|teams|json] [--dry-run]   (webhook in HUB_WEBHOOK_URL)
// Posts one chat message listing the posts new since DATE or REF; never prints the webhook address.
import { runNotify } from '../src/notify/notify-command.ts';

process.exitCode = await runNotify(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  env: process.env,
});
