import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir, displayPath, listCampaignIds, MEDIA_DIR } from '../reading/paths.ts';
import { readHubConfig } from '../reading/hub-config.ts';
import { buildNow } from '../reading/lifecycle.ts';
import { UsageError, parseCommandArgs } from '../lib/command-line.ts';
import { linesForTerminal } from '../lib/terminal-text.ts';
import type { FeedSource, HubConfig } from '../schemas/hub.ts';
import { SUMMARY_MAX_LENGTH } from '../schemas/post.ts';
import { pathFor, readScaffoldContext, siblingsOf, slugFromTitle } from '../scaffold/new-file.ts';
import { renderTemplate } from '../scaffold/templates.ts';
import { translator } from '../i18n/translator.ts';
import { checkContent } from '../policy/engine.ts';
import { readPolicy } from '../reading/load-policy.ts';
import { downloadFeedImage } from './feed-image.ts';
import type { FetchLimits } from './fetch-limited.ts';
import type { FeedItem } from './feed-items.ts';
import { originComment, readKnownItems } from './known-items.ts';
import { trimToLength } from './plain-text.ts';
import { SourceProblem, readSource, type ReadSource } from './read-sources.ts';
import { selectItems } from './select-items.ts';
import { starterCaptions } from './starter-captions.ts';

export const CURATE_USAGE = `Usage: npm run curate [-- --feed URL_OR_FILE --locale xx --category id [--campaign id]] [--timeout SECONDS]

  With no options: reads every feed listed under sources: in content/hub.yaml.
  --feed URL_OR_FILE  read this one feed instead (RSS 2.0, Atom or JSON Feed)
  --locale xx         the language of its items (default: the hub's default language)
  --category id       the category its drafts start with (needed with --feed)
  --campaign id       the campaign its drafts start with
  --timeout SECONDS   time allowed for each download (default 30)

Each new item becomes a draft post (draft: true) in content/posts/<locale>/. Nothing is
changed in an existing file, and an item already in the hub is never added again.`;

/** The largest feed read, and the time allowed for each download. */
export const FEED_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_TIMEOUT_SECONDS = 30;

export interface CurateIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** `npm run curate`: returns the exit code (0 done, 2 a feed or the call has a problem and nothing was written). */
export async function runCurate(args: string[], given: CurateIO): Promise<number> {
  // Every line printed quotes a feed (titles, addresses, skip reasons, parser errors) or hub.yaml,
  // and a feed may hold escape sequences or bidirectional overrides that would act on the terminal.
  // Text from a feed has no line breaks (collapseSpaces makes each title and summary one line).
  const io = { ...given, stdout: (text: string) => given.stdout(linesForTerminal(text)), stderr: (text: string) => given.stderr(linesForTerminal(text)) };
  try {
    return await curate(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`npm run curate: ${error.message}\n\n${CURATE_USAGE}`);
      return 2;
    }
    if (error instanceof SourceProblem) {
      io.stderr(`npm run curate: ${error.message}. Nothing was written.`);
      return 2;
    }
    if (error instanceof WritingStopped) {
      io.stderr(`npm run curate stopped while writing the drafts (${error.message}); the files it had written are removed again, so the hub is as it was.`);
      return 2;
    }
    // Nothing was written before the writing phase: one sentence, never a stack trace.
    io.stderr(`npm run curate stopped (${reasonOf(error)}). Nothing was written.`);
    return 2;
  }
}

/** Something failed after the first file was written; every file the run wrote is removed again. */
class WritingStopped extends Error {}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function curate(args: string[], io: CurateIO): Promise<number> {
  const { values } = parseCommandArgs({
    args,
    options: {
      feed: { type: 'string' },
      locale: { type: 'string' },
      category: { type: 'string' },
      campaign: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CURATE_USAGE);
    return 0;
  }
  const dir = contentDir(io.cwd, io.env);
  const { hub, findings } = readHubConfig(dir);
  if (!hub) throw new UsageError(`the hub settings have problems; fix them first:\n${findings.map((f) => `  ${f.file}:${f.line}: ${f.message}`).join('\n')}`);
  const sources = sourcesFrom(values, hub);
  // Not a mistake: the daily workflow runs on hubs that have no feeds yet, and must stay green there.
  if (sources.length === 0) {
    io.stdout('There are no feeds under sources: in content/hub.yaml, so there is nothing to read. Add one there, or name one with --feed.');
    return 0;
  }
  const campaigns = listCampaignIds(dir);
  for (const source of sources) {
    if (source.campaign !== undefined && !campaigns.includes(source.campaign)) {
      throw new UsageError(`the campaign "${source.campaign}" (for ${source.feed}) is not a file in content/campaigns/; use one of: ${campaigns.join(', ') || '(none yet)'}`);
    }
  }
  const seconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(values.timeout);
  if (!(seconds > 0)) throw new UsageError(`--timeout "${values.timeout}" must be a number of seconds, such as 30`);
  const limits = { maxBytes: FEED_MAX_BYTES, timeoutMs: seconds * 1000 };

  // Every feed is read before anything is written: one feed that fails leaves the hub as it was.
  const read: ReadSource[] = [];
  for (const source of sources) {
    io.stdout(`Reading ${source.feed} …`);
    // This computer and its network only for a feed named there (http: on this computer, or a file).
    const result = await readSource(source, { ...limits, loopback: !/^https:/i.test(source.feed) }, io.cwd);
    io.stdout(`  ${result.format}, ${result.items.length} ${result.items.length === 1 ? 'item' : 'items'}`);
    read.push(result);
  }

  // Every file written from here on is listed, so that a failure half-way (a disk full, a folder
  // that cannot be written, the check itself failing) leaves no draft behind that was never checked.
  const created: string[] = [];
  try {
    return await writeAndCheck(read, dir, hub, io, limits.timeoutMs, created);
  } catch (error) {
    for (const path of created) rmSync(path, { force: true });
    throw new WritingStopped(reasonOf(error));
  }
}

async function writeAndCheck(read: readonly ReadSource[], dir: string, hub: HubConfig, io: CurateIO, timeoutMs: number, created: string[]): Promise<number> {
  const known = readKnownItems(dir);
  const today = buildNow(io.env);
  const imageLimit = (readPolicy(dir).policy?.images?.max_size_mb ?? 5) * 1024 * 1024;
  const written: Written[] = [];
  let skippedCount = 0;
  const contexts = new Map<string, ScaffoldContext>();
  for (const { source, items } of read) {
    let context = contexts.get(source.locale);
    if (!context) {
      context = readScaffoldContext(dir, hub, source.locale, today);
      contexts.set(source.locale, context);
    }
    const verdicts = selectItems(items, source, known);
    const fresh = verdicts.flatMap((v) => (v.kind === 'new' ? [v] : []));
    const count = (kind: string) => verdicts.filter((v) => v.kind === kind).length;
    io.stdout(`${source.feed}: ${fresh.length} new, ${count('known')} already in the hub, ${count('filtered')} left out by the filters, ${count('skipped')} skipped`);
    for (const verdict of verdicts) {
      if (verdict.kind === 'skipped') io.stdout(`  skipped: ${verdict.reason}`);
    }
    skippedCount += count('skipped');
    for (const { item, link } of fresh) {
      // Pictures on this computer only for a feed from this computer or a file, never for an https: feed.
      const imageLimits = { maxBytes: imageLimit, timeoutMs, loopback: !/^https:/i.test(source.feed) };
      written.push(await writeDraft(item, link, source, hub, context, dir, today, imageLimits, io, created));
    }
  }
  const kept = await keepOnlyPassing(written, dir, today, io);
  io.stdout(
    kept.length === 0
      ? 'No new drafts.'
      : `${kept.length} new ${kept.length === 1 ? 'draft' : 'drafts'} written. Review ${kept.length === 1 ? 'it' : 'them'}, rewrite the captions and why_it_matters, and set draft: false to publish.`,
  );
  if (skippedCount + written.length - kept.length > 0) io.stdout(`${skippedCount + written.length - kept.length} items could not become drafts (see above).`);
  return 0;
}

function sourcesFrom(values: { feed?: string | undefined; locale?: string | undefined; category?: string | undefined; campaign?: string | undefined }, hub: HubConfig): FeedSource[] {
  if (values.feed === undefined) {
    for (const key of ['locale', 'category', 'campaign'] as const) {
      if (values[key] !== undefined) throw new UsageError(`--${key} goes with --feed; for the feeds in hub.yaml, set it there under sources:`);
    }
    return hub.sources;
  }
  const locales = hub.locales.map(({ code }) => code);
  const locale = values.locale ?? hub.default_locale;
  if (!locales.includes(locale)) throw new UsageError(`--locale "${locale}" is not a language of this hub; use one of: ${locales.join(', ')}`);
  const categories = hub.categories.map(({ id }) => id);
  if (values.category === undefined) throw new UsageError(`--feed needs a category for its drafts: add --category with one of: ${categories.join(', ')}`);
  if (!categories.includes(values.category)) throw new UsageError(`--category "${values.category}" is not a category of this hub; use one of: ${categories.join(', ')}`);
  return [{ feed: values.feed, locale, category: values.category, campaign: values.campaign, include: [], exclude: [], feed_categories: [] }];
}

type ScaffoldContext = ReturnType<typeof readScaffoldContext>;

interface Written {
  post: string;
  image?: string | undefined;
  title: string;
  /** The same post without its picture, written instead when only the picture fails the check. */
  withoutImage?: string | undefined;
}

async function writeDraft(item: FeedItem, link: string, source: FeedSource, hub: HubConfig, context: ScaffoldContext, dir: string, today: Date, imageLimits: FetchLimits, io: CurateIO, created: string[]): Promise<Written> {
  const locale = source.locale;
  const slug = freeSlug(dir, locale, slugFromTitle(item.title) || `feed-item-${dateOf(item, today)}`);
  const summary = trimToLength(item.summary || item.title, SUMMARY_MAX_LENGTH);
  const campaignHashtag = context.campaigns.find((c) => c.id === source.campaign)?.hashtag;
  const captions = starterCaptions(hub, { title: item.title, summary: item.summary, link, slug, locale, campaign: source.campaign, campaignHashtag, disclosure: context.disclosure });
  let image: { src: string; alt: string } | undefined;
  let imagePath: string | undefined;
  if (item.image) {
    const picture = await downloadFeedImage(item.image, imageLimits);
    if (picture.ok) {
      const name = freeMediaName(dir, slug, picture.extension);
      imagePath = join(dir, MEDIA_DIR, name);
      mkdirSync(dirname(imagePath), { recursive: true });
      writeFileSync(imagePath, picture.bytes, { flag: 'wx' });
      created.push(imagePath);
      image = { src: name, alt: translator(locale, hub.default_locale)('new.imageAlt', { title: item.title }) };
    } else {
      io.stdout(`  "${item.title}": picture left out: ${picture.reason}`);
    }
  }
  const render = (withImage: boolean) =>
    renderTemplate(
      {
        type: 'post',
        title: item.title,
        locale,
        category: source.category,
        campaign: source.campaign,
        fromFeed: { summary, link, publishDate: item.date ?? today, captions, image: withImage ? image : undefined, origin: originComment(item.id ?? link) },
      },
      { hub, ...context },
    );
  const post = join(dir, pathFor('post', locale, slug));
  mkdirSync(dirname(post), { recursive: true });
  writeFileSync(post, render(true), { flag: 'wx' });
  created.push(post);
  io.stdout(`  + ${displayPath(post, io.cwd)}${imagePath ? ` with ${displayPath(imagePath, io.cwd)}` : ''}`);
  return { post, image: imagePath, title: item.title, withoutImage: image ? render(false) : undefined };
}

/**
 * Runs the content check on the new drafts, as `npm run check` would. A draft whose only errors
 * are its picture's is kept without the picture; any other error takes the draft out again, with
 * the reason, so that what stays always passes the check.
 */
async function keepOnlyPassing(written: readonly Written[], dir: string, now: Date, io: CurateIO): Promise<Written[]> {
  if (written.length === 0) return [];
  const imageRule = readPolicy(dir).policy?.images?.id;
  const errorsOf = async (files: string[]) => (await checkContent({ contentDir: dir, files, now })).findings.filter((f) => f.severity === 'error');
  const errors = await errorsOf(written.map((w) => w.post));
  const kept: Written[] = [];
  for (const draft of written) {
    const shown = displayPath(draft.post);
    let own = errors.filter((f) => f.file === shown);
    if (own.length > 0 && draft.withoutImage && draft.image && own.every((f) => f.ruleId === imageRule)) {
      io.stdout(`  ${displayPath(draft.post, io.cwd)}: picture left out: ${own[0]?.message.replace(/^image\.src: /, '')}`);
      rmSync(draft.image);
      writeFileSync(draft.post, draft.withoutImage);
      own = await errorsOf([draft.post]);
    }
    if (own.length === 0) {
      kept.push(draft);
      continue;
    }
    rmSync(draft.post);
    if (draft.image && existsSync(draft.image)) rmSync(draft.image);
    io.stdout(`  "${draft.title}" was taken out again: it would fail the content check (line ${own[0]?.line}: ${own[0]?.message})`);
  }
  return kept;
}

function dateOf(item: FeedItem, today: Date): string {
  return (item.date ?? today).toISOString().slice(0, 10);
}

/** The slug, or the slug with -2, -3 … when a post of that name exists in that language. */
function freeSlug(dir: string, locale: string, base: string): string {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!siblingsOf(pathFor('post', locale, slug)).some((name) => existsSync(join(dir, name)))) return slug;
  }
}

function freeMediaName(dir: string, slug: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${slug}.${extension}` : `${slug}-${n}.${extension}`;
    if (!existsSync(join(dir, MEDIA_DIR, name))) return name;
  }
}
