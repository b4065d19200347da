/**
 * `npm run new -- post|faq|guideline|campaign [--title …] [--locale …] [--category …] [--campaign …]
 * [--topic …] [--hashtag …] [--slug …]`: writes a new content file with every field present and
 * explained, as a draft, ready to edit. In a terminal it asks for what the flags do not say.
 * It never overwrites a file. scripts/new.ts connects it to the terminal.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentDir, displayPath } from '../reading/paths.ts';
import { readHubConfig } from '../reading/hub-config.ts';
import { buildNow } from '../reading/lifecycle.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { CONTENT_TYPES } from './field-help.ts';
import { UsageError, parseCommandArgs } from '../lib/command-line.ts';
import { OPTIONS_FOR, planNewFile, readScaffoldContext, siblingsOf, type NewRequest } from './new-file.ts';
import type { HubConfig } from '../schemas/hub.ts';

export const NEW_USAGE = `Usage: npm run new -- ${CONTENT_TYPES.join('|')} [--title "…"] [--locale en] [--category id] [--campaign id] [--topic "…"] [--hashtag Tag] [--slug file-name]`;

/** A terminal to ask in. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export interface NewIO {
  /** One line (or several) of output, without the final line break. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** HUB_CONTENT_DIR (the content folder) and HUB_NOW (today). */
  env: Record<string, string | undefined>;
  /** The terminal to ask in for what the flags leave out; none when input or output is not a terminal. */
  terminal?: Terminal | undefined;
}

/** `npm run new`: returns the exit code (0 written, 1 refused with the reason on stderr). */
export async function runNew(args: string[], io: NewIO): Promise<number> {
  try {
    await create(args, io);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`npm run new: ${error.message.replace(/^Unknown option '(.+?)'.*$/s, 'unknown option $1')}\n${NEW_USAGE}`);
    return 1;
  }
}

async function create(args: string[], io: NewIO): Promise<void> {
  const { values, positionals } = parseCommandArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      locale: { type: 'string' },
      category: { type: 'string' },
      campaign: { type: 'string' },
      topic: { type: 'string' },
      hashtag: { type: 'string' },
      slug: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(NEW_USAGE);
    return;
  }
  if (positionals.length > 1) throw new UsageError(`create one thing at a time; got "${positionals.join(' ')}"`);
  const dir = contentDir(io.cwd, io.env);
  const { hub, findings } = readHubConfig(dir);
  if (!hub) {
    throw new UsageError(`the hub settings have problems; fix them first:\n${findings.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`);
  }
  const today = buildNow(io.env);
  let request: NewRequest = { type: positionals[0], ...values };
  if (io.terminal) request = await ask(request, hub, dir, today, io.terminal, io.stdout);

  const locale = request.locale ?? hub.default_locale;
  const planned = planNewFile(request, hub, readScaffoldContext(dir, hub, locale, today));
  const path = join(dir, planned.relativePath);
  const existing = siblingsOf(planned.relativePath).map((name) => join(dir, name)).find((file) => existsSync(file));
  if (existing) {
    throw new UsageError(`${displayPath(existing, io.cwd)} already exists and is left as it is; choose another title, or a file name with --slug`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, planned.text, { flag: 'wx' });
  const draft = request.type === 'post' ? ' as a draft (draft: true keeps it off the hub until you set it to false)' : '';
  io.stdout(`Created ${displayPath(path, io.cwd)}${draft}.`);
  io.stdout('Next: replace the example text, run npm run check, and open a pull request.');
}

/** Asks, in the terminal, for whatever the flags left out, listing the allowed values. */
async function ask(request: NewRequest, hub: HubConfig, dir: string, today: Date, terminal: Terminal, say: (text: string) => void): Promise<NewRequest> {
  const prompt = createInterface(terminal);
  try {
    const answer = async (question: string, fallback?: string) => {
      const text = (await prompt.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
      return text || fallback;
    };
    const choose = async (question: string, choices: { id: string; label: string }[], fallback?: string, optional = false) => {
      say(`${question}${optional ? ' (press Enter for none)' : ''}:`);
      choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.id}  ${choice.label}`));
      const text = await answer('Number or id', fallback);
      if (!text) return undefined;
      const byNumber = choices[Number(text) - 1];
      return /^\d+$/.test(text) && byNumber ? byNumber.id : text;
    };
    const next = { ...request };
    next.type ??= await choose('What do you want to create', CONTENT_TYPES.map((id) => ({ id, label: '' })));
    next.title ??= await answer('Title');
    if (hub.locales.length > 1) {
      next.locale ??= await choose('Language', hub.locales.map(({ code, label }) => ({ id: code, label })), hub.default_locale);
    }
    const type = next.type as keyof typeof OPTIONS_FOR;
    const locale = next.locale ?? hub.default_locale;
    if (type === 'post') {
      next.category ??= await choose('Category', hub.categories.map(({ id, label }) => ({ id, label: pickLocalized(label, locale, hub.default_locale) })));
      if (request.campaign === undefined && (request.title === undefined || request.category === undefined)) {
        const campaigns = readScaffoldContext(dir, hub, locale, today).campaigns;
        if (campaigns.length > 0) next.campaign = await choose('Campaign', campaigns.map(({ id, hashtag }) => ({ id, label: `#${hashtag}` })), undefined, true);
      }
    }
    return next;
  } finally {
    prompt.close();
  }
}
