import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { HubConfig } from '../schemas/hub.ts';
import { slugSchema } from '../schemas/common.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { CAMPAIGN_EXTENSIONS, KIND_FOLDERS, PAGE_EXTENSIONS, listCampaignIds, stemOf } from '../reading/paths.ts';
import { splitFrontMatter } from '../reading/parse.ts';
import { readPolicy } from '../reading/load-policy.ts';
import { CONTENT_TYPES, type ContentType } from './field-help.ts';
import { renderTemplate, type NewContent, type TemplateContext } from './templates.ts';
import { UsageError } from '../lib/command-line.ts';


/** The answers given on the command line or at the prompts; anything may be missing or wrong. */
export interface NewRequest {
  type?: string | undefined;
  title?: string | undefined;
  locale?: string | undefined;
  category?: string | undefined;
  campaign?: string | undefined;
  topic?: string | undefined;
  hashtag?: string | undefined;
  slug?: string | undefined;
}

/** Which answers each kind of file takes (besides title, locale and slug). */
export const OPTIONS_FOR: Record<ContentType, readonly (keyof NewRequest)[]> = {
  post: ['category', 'campaign'],
  faq: ['topic'],
  guideline: [],
  campaign: ['hashtag'],
};

export interface PlannedFile {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  text: string;
}

/** Checks the answers and returns the file to write; every mistake is a `UsageError` saying what to change. */
export function planNewFile(request: NewRequest, hub: HubConfig, context: Omit<TemplateContext, 'hub'>): PlannedFile {
  const type = checkType(request.type);
  for (const key of ['category', 'campaign', 'topic', 'hashtag'] as const) {
    if (request[key] !== undefined && !OPTIONS_FOR[type].includes(key)) {
      throw new UsageError(`--${key} is not used for a ${type}; leave it out (a ${type} takes: ${['title', 'locale', 'slug', ...OPTIONS_FOR[type]].map((o) => `--${o}`).join(', ')})`);
    }
  }
  const title = request.title?.trim();
  if (!title) throw new UsageError(`a title is needed: add --title "…", for example --title "${EXAMPLE_TITLES[type]}"`);
  const locales = hub.locales.map(({ code }) => code);
  const locale = request.locale ?? hub.default_locale;
  if (!locales.includes(locale)) throw new UsageError(`--locale "${locale}" is not a language of this hub; use one of: ${locales.join(', ')}`);
  const categories = hub.categories.map(({ id }) => id);
  if (type === 'post' && request.category === undefined) {
    throw new UsageError(`a post needs a category: add --category with one of: ${categories.join(', ')}`);
  }
  if (request.category !== undefined && !categories.includes(request.category)) {
    throw new UsageError(`--category "${request.category}" is not a category of this hub; use one of: ${categories.join(', ')}`);
  }
  const campaignIds = context.campaigns.map(({ id }) => id);
  if (request.campaign !== undefined && !campaignIds.includes(request.campaign)) {
    throw new UsageError(
      campaignIds.length === 0
        ? `--campaign "${request.campaign}" is not a campaign: there is no campaign yet (create one with npm run new -- campaign)`
        : `--campaign "${request.campaign}" is not a campaign; use one of: ${campaignIds.join(', ')}`,
    );
  }
  if (request.hashtag !== undefined && !/^#?[\p{L}\p{N}_]+$/u.test(request.hashtag)) {
    throw new UsageError(`--hashtag "${request.hashtag}" must be letters, digits or _ without spaces, such as RideToWork`);
  }
  const slug = request.slug ?? slugFromTitle(title);
  if (!slugSchema.safeParse(slug).success) {
    throw new UsageError(
      request.slug === undefined
        ? `no file name can be made from the title "${title}"; add --slug with lowercase letters, digits and hyphens, such as --slug my-new-post`
        : `--slug "${slug}" must use lowercase letters, digits and hyphens only, such as "e-bike-launch"`,
    );
  }
  const content: NewContent = {
    type,
    title,
    locale,
    category: request.category,
    campaign: request.campaign,
    topic: request.topic?.trim() || undefined,
    hashtag: request.hashtag?.replace(/^#/, ''),
  };
  return { relativePath: pathFor(type, locale, slug), text: renderTemplate(content, { hub, ...context }) };
}

const EXAMPLE_TITLES: Record<ContentType, string> = {
  post: 'Our new cargo bike is here',
  faq: 'Can I share posts from my personal account?',
  guideline: 'How to write a good caption',
  campaign: 'Ride to Work 2027',
};

function checkType(type: string | undefined): ContentType {
  if (type === undefined) throw new UsageError(`say what to create: npm run new -- ${CONTENT_TYPES.join('|')}`);
  if (!(CONTENT_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`"${type}" is not something npm run new can create; use one of: ${CONTENT_TYPES.join(', ')}`);
  }
  return type as ContentType;
}

/** Where each kind of file lives in the content folder. */
export function pathFor(type: ContentType, locale: string, slug: string): string {
  switch (type) {
    case 'post':
      return `${KIND_FOLDERS.post}/${locale}/${slug}.md`;
    case 'faq':
      return `${KIND_FOLDERS.faq}/${locale}/${slug}.md`;
    case 'guideline':
      return `${KIND_FOLDERS.guideline}/${locale}/${slug}.mdx`;
    case 'campaign':
      return `${KIND_FOLDERS.campaign}/${slug}.yaml`;
  }
}

/** Other names that would give the same page, so a new file never shadows an existing one. */
export function siblingsOf(relativePath: string): string[] {
  const extensions = relativePath.startsWith(`${KIND_FOLDERS.campaign}/`) ? CAMPAIGN_EXTENSIONS : PAGE_EXTENSIONS;
  const stem = relativePath.replace(/\.(md|mdx|ya?ml)$/, '');
  return extensions.map((extension) => `${stem}.${extension}`);
}

/** `Ebbtide e-bike: 70 km per charge!` → `ebbtide-e-bike-70-km-per-charge`, at most 60 characters, cut at a hyphen. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** What the template needs from the content folder: campaigns, FAQ topics, guideline order, the disclosure. */
export function readScaffoldContext(dir: string, hub: HubConfig, locale: string, today: Date): Omit<TemplateContext, 'hub'> {
  const campaigns = listCampaignIds(dir).map((id) => ({ id, hashtag: campaignHashtag(dir, id) }));
  const faq = frontMatters(join(dir, KIND_FOLDERS.faq, locale));
  const guidelines = frontMatters(join(dir, KIND_FOLDERS.guideline, locale));
  const topics = [...new Set(faq.map((data) => data.topic).filter((topic): topic is string => typeof topic === 'string'))];
  const orders = guidelines.map((data) => data.order).filter((order): order is number => typeof order === 'number');
  return { today, campaigns, topics, nextOrder: orders.length > 0 ? Math.max(...orders) + 1 : 1, disclosure: disclosureFor(dir, hub, locale) };
}

function campaignHashtag(dir: string, id: string): string {
  for (const extension of CAMPAIGN_EXTENSIONS) {
    const path = join(dir, KIND_FOLDERS.campaign, `${id}.${extension}`);
    if (!existsSync(path)) continue;
    try {
      const data = parse(readFileSync(path, 'utf8')) as { hashtag?: unknown } | null;
      return String(data?.hashtag ?? '').replace(/^#/, '');
    } catch {
      return '';
    }
  }
  return '';
}

function frontMatters(folder: string): Record<string, unknown>[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => stemOf(name, PAGE_EXTENSIONS) !== undefined)
    .flatMap((name) => {
      const front = splitFrontMatter(readFileSync(join(folder, name), 'utf8'));
      try {
        const data: unknown = typeof front === 'string' ? undefined : parse(front.yaml);
        return data && typeof data === 'object' ? [data as Record<string, unknown>] : [];
      } catch {
        return [];
      }
    });
}

/**
 * The words the content policy accepts as a disclosure in this language, preferring a sentence
 * ("I work at …") to a hashtag, so the example caption passes the check and reads naturally.
 */
function disclosureFor(dir: string, hub: HubConfig, locale: string): string | undefined {
  const accepted = readPolicy(dir).policy?.disclosure?.accepted ?? [];
  const texts = accepted.map((value) => pickLocalized(value, locale, hub.default_locale));
  const sentence = texts.find((text) => !text.startsWith('#'));
  if (sentence) return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  return texts[0];
}
