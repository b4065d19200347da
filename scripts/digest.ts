// npm run digest -- --since DATE|REF [--locale xx] [--out DIR] [--roster roster.csv]
// Writes an email digest (digest.html + digest.txt) of the posts new since DATE or REF.
import { runDigest } from '../src/notify/digest-command.ts';

process.exitCode = await runDigest(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
  env: process.env,
});
