import { ContentProblems } from '../reading/finding.ts';
import { CHAT_FORMATS, chatPayload, type ChatFormat } from './chat.ts';
import { describeProblems, findNewPosts, localeLabel, type CommandIO } from './new-posts.ts';
import { UsageError, parseCommandArgs } from '../lib/command-line.ts';
import { checkWebhookUrl, redact, sendWebhook, type SendOptions } from './webhook.ts';

export const WEBHOOK_ENV = 'HUB_WEBHOOK_URL';

export const NOTIFY_USAGE = `Usage: npm run notify -- --since DATE|REF [--webhook URL] [--format slack|teams|json] [--locale xx] [--dry-run]

  --since DATE|REF  posts published after DATE (YYYY-MM-DD), or whose files were added since the git
                    commit, tag or branch REF
  --webhook URL     the chat's incoming-webhook address; better: set it in the ${WEBHOOK_ENV}
                    environment variable (a CI secret), so it never appears in a command line
  --format          slack (default), teams (an Adaptive Card) or json (a plain structure, see docs/operations.md)
  --locale xx       the language of the message (default: the hub's default language)
  --site-dir DIR    the built site, where picture addresses are read from (default: $HUB_OUT_DIR or dist)
  --dry-run         print the message instead of posting it

The webhook address is a secret: it is never printed. With nothing new, nothing is posted.`;

export interface NotifyIO extends CommandIO {
  /** Retry timing and the HTTP client, replaceable in tests. */
  send?: SendOptions;
}

/** `npm run notify`: returns the exit code. Nothing it prints contains the webhook address. */
export async function runNotify(args: string[], io: NotifyIO): Promise<number> {
  const secrets = [io.env[WEBHOOK_ENV] ?? '', ...possibleSecrets(args)];
  const safe: NotifyIO = { ...io, stdout: (text) => io.stdout(redact(text, secrets)), stderr: (text) => io.stderr(redact(text, secrets)) };
  try {
    return await notify(args, safe);
  } catch (error) {
    if (error instanceof UsageError) {
      safe.stderr(`${error.message}\n\n${NOTIFY_USAGE}`);
      return 2;
    }
    if (error instanceof ContentProblems) {
      safe.stderr(describeProblems(error));
      return 1;
    }
    // A bug: show where, but never the secret.
    safe.stderr(`notify stopped unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

async function notify(args: string[], io: NotifyIO): Promise<number> {
  const { values } = parseOptions(args);
  if (values.help) {
    io.stdout(NOTIFY_USAGE);
    return 0;
  }
  const format = (values.format ?? 'slack') as ChatFormat;
  if (!CHAT_FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: use slack, teams or json`);
  const url = values.webhook ?? io.env[WEBHOOK_ENV];
  if (!values['dry-run']) {
    if (!url) throw new UsageError(`no webhook address: set the ${WEBHOOK_ENV} environment variable (or pass --webhook URL), or use --dry-run`);
    const problem = checkWebhookUrl(url);
    if (problem) throw new UsageError(problem);
  }

  const found = findNewPosts({ since: values.since, locale: values.locale, siteDir: values['site-dir'] }, io);
  const { hub, locale, notices } = found;
  const label = `${notices.length} new post${notices.length === 1 ? '' : 's'} in ${localeLabel(hub, locale)} since ${values.since}`;
  if (notices.length === 0) {
    io.stdout(`No new posts in ${localeLabel(hub, locale)} since ${values.since}: nothing to post.`);
    return 0;
  }
  const payload = chatPayload(format, {
    organisation: hub.organisation,
    locale,
    defaultLocale: hub.default_locale,
    hubUrl: found.hubUrl,
    since: values.since ?? '',
    notices,
  });
  if (values['dry-run']) {
    io.stdout(JSON.stringify(payload, null, 2));
    return 0;
  }
  const result = await sendWebhook(url as string, payload, io.send);
  if (result.ok) {
    io.stdout(`Posted ${label} to the chat (${format} message).`);
    return 0;
  }
  io.stderr(`Could not post ${label} to the chat: ${result.message}.`);
  return 1;
}

const VALUE_OPTIONS = ['--since', '--format', '--locale', '--site-dir'];

/** The --webhook value, and anything on the command line that looks like an address or is not an option. */
function possibleSecrets(args: string[]): string[] {
  const found: string[] = [];
  args.forEach((arg, index) => {
    const previous = args[index - 1] ?? '';
    if (arg.startsWith('--webhook=')) found.push(arg.slice('--webhook='.length));
    else if (previous === '--webhook' || arg.includes('://')) found.push(arg);
    else if (!arg.startsWith('-') && !VALUE_OPTIONS.includes(previous)) found.push(arg);
  });
  return found.filter((secret) => secret.length >= 8);
}

function parseOptions(args: string[]) {
  return parseCommandArgs({
    args,
    options: {
      since: { type: 'string' },
      webhook: { type: 'string' },
      format: { type: 'string' },
      locale: { type: 'string' },
      'site-dir': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
}
