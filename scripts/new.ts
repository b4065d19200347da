/**
 * `npm run new -- post|faq|guideline|campaign [--title …] [--locale …] [--category …] [--campaign …]
 * [--topic …] [--hashtag …] [--slug …]`: writes a new content file with every field present and
 * explained, as a draft, ready to edit. In a terminal it asks for what the flags do not say.
 * It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentDir, displayPath } from '../src/content/paths.ts';
import { readHubConfig } from '../src/content/hub-config.ts';
import { buildNow } from '../src/content/lifecycle.ts';
import { pickLocalized } from '../src/i18n/translate.ts';
import { CONTENT_TYPES } from '../src/scaffold/field-help.ts';
import { UsageError, parseCommandArgs } from '../src/lib/command-line.ts';
import { OPTIONS_FOR, planNewFile, readScaffoldContext, siblingsOf, type NewRequest } from '../src/scaffold/new-file.ts';
import type { HubConfig } from '../src/schemas/hub.ts';

const USAGE = `Usage: npm run new -- ${CONTENT_TYPES.join('|')} [--title "…"] [--locale en] [--category id] [--campaign id] [--topic "…"] [--hashtag Tag] [--slug file-name]`;

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`npm run new: ${error.message.replace(/^Unknown option '(.+?)'.*$/s, 'unknown option $1')}\n${USAGE}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseCommandArgs({
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
    console.log(USAGE);
    return;
  }
  if (positionals.length > 1) throw new UsageError(`create one thing at a time; got "${positionals.join(' ')}"`);
  const dir = contentDir();
  const { hub, findings } = readHubConfig(dir);
  if (!hub) {
    throw new UsageError(`the hub settings have problems; fix them first:\n${findings.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`);
  }
  let request: NewRequest = { type: positionals[0], ...values };
  if (process.stdin.isTTY && process.stdout.isTTY) request = await ask(request, hub, dir);

  const locale = request.locale ?? hub.default_locale;
  const planned = planNewFile(request, hub, readScaffoldContext(dir, hub, locale, buildNow()));
  const path = join(dir, planned.relativePath);
  const existing = siblingsOf(planned.relativePath).map((name) => join(dir, name)).find((file) => existsSync(file));
  if (existing) {
    throw new UsageError(`${displayPath(existing)} already exists and is left as it is; choose another title, or a file name with --slug`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, planned.text, { flag: 'wx' });
  const draft = request.type === 'post' ? ' as a draft (draft: true keeps it off the hub until you set it to false)' : '';
  console.log(`Created ${displayPath(path)}${draft}.`);
  console.log('Next: replace the example text, run npm run check, and open a pull request.');
}

/** Asks, in the terminal, for whatever the flags left out, listing the allowed values. */
async function ask(request: NewRequest, hub: HubConfig, dir: string): Promise<NewRequest> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = async (question: string, fallback?: string) => {
      const text = (await prompt.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim();
      return text || fallback;
    };
    const choose = async (question: string, choices: { id: string; label: string }[], fallback?: string, optional = false) => {
      console.log(`${question}${optional ? ' (press Enter for none)' : ''}:`);
      choices.forEach((choice, index) => console.log(`  ${index + 1}. ${choice.id}  ${choice.label}`));
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
        const campaigns = readScaffoldContext(dir, hub, locale, buildNow()).campaigns;
        if (campaigns.length > 0) next.campaign = await choose('Campaign', campaigns.map(({ id, hashtag }) => ({ id, label: `#${hashtag}` })), undefined, true);
      }
    }
    return next;
  } finally {
    prompt.close();
  }
}
