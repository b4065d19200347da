import { resolve } from 'node:path';
import { readHubConfig } from '../reading/hub-config.ts';
import { buildNow } from '../reading/lifecycle.ts';
import { contentDir as defaultContentDir } from '../reading/paths.ts';
import { readPostsAndCampaigns } from '../reading/read-posts.ts';
import { absoluteUrl, pathTo } from '../i18n/routes.ts';
import { ContentProblems } from '../reading/finding.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { builtImages } from './built-images.ts';
import { toNotice, type Notice } from './notice.ts';
import { postsSince, type Since } from './select.ts';
import { resolveSince, type RunGit } from './since.ts';
import { UsageError } from '../lib/command-line.ts';

/** How the digest and notify commands talk to the world; tests pass their own. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** The content folder (default: HUB_CONTENT_DIR or content/). */
  contentDir?: string;
  git?: RunGit;
}

export interface NewPosts {
  hub: HubConfig;
  locale: string;
  since: Since;
  /** The locale's home page. */
  hubUrl: string;
  notices: Notice[];
  /** Some posts have a picture, but there is no site build to take its URL from. */
  imagesMissing: boolean;
  /** Where the pictures' URLs were looked up. */
  siteDir: string;
}

/**
 * The posts of one locale that are live now and new since `--since`, as notices. Problems in
 * the call or in the content are thrown as `UsageError` / `ContentProblems`, said in words.
 */
export function findNewPosts(options: { since?: string | undefined; locale?: string | undefined; siteDir?: string | undefined }, io: CommandIO): NewPosts {
  const dir = io.contentDir ?? defaultContentDir();
  const { hub, findings } = readHubConfig(dir);
  if (!hub) throw new ContentProblems(findings);
  const locale = options.locale ?? hub.default_locale;
  const codes = hub.locales.map((l) => l.code);
  if (!codes.includes(locale)) throw new UsageError(`--locale ${locale}: the hub is published in ${codes.join(', ')}; use one of those`);
  const since = resolveSince(options.since, dir, io.git);
  let now: Date;
  try {
    now = buildNow(io.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const content = readPostsAndCampaigns(dir, hub);
  if (content.findings.length > 0) throw new ContentProblems(content.findings);
  const posts = postsSince(content.posts, since, locale, now);
  const siteDir = resolve(options.siteDir ?? io.env.HUB_OUT_DIR ?? 'dist');
  const images = posts.some((post) => post.data.image) ? builtImages(siteDir, hub, locale) : undefined;
  const notices = posts.map((post) => {
    const url = absoluteUrl(hub, pathTo(hub, locale, 'posts', post.slug));
    return toNotice(hub, post, content.campaigns, images?.get(url));
  });
  return {
    hub,
    locale,
    since,
    hubUrl: absoluteUrl(hub, pathTo(hub, locale)),
    notices,
    imagesMissing: images === undefined && posts.some((post) => post.data.image),
    siteDir,
  };
}

/** "in English" style label of a locale, for messages. */
export function localeLabel(hub: HubConfig, locale: string): string {
  const label = hub.locales.find((l) => l.code === locale)?.label;
  return label ? `${label} (${locale})` : locale;
}

/** How a command says that content problems stop it. */
export function describeProblems(error: ContentProblems): string {
  return `The content has problems; fix them first (npm run check lists them all):\n${error.findings
    .map((f) => `  ${f.file}:${f.line}:${f.column} ${f.message}`)
    .join('\n')}`;
}
