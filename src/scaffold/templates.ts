import type { HubConfig } from '../schemas/hub.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { translator, type UiStringKey } from '../i18n/translator.ts';
import { fieldsOf, type ContentType } from './field-help.ts';
import { fieldAt } from './schema-fields.ts';
import { dateValue, plain, renderYamlFields } from './yaml-template.ts';

/** What a new file is about: the few answers `npm run new` asks for. */
export interface NewContent {
  type: ContentType;
  title: string;
  /** The language folder (posts, FAQ, guidelines) or the first language written (campaigns). */
  locale: string;
  category?: string | undefined;
  campaign?: string | undefined;
  topic?: string | undefined;
  hashtag?: string | undefined;
  /** What a feed item brings to a new post (`npm run curate`); the example text stands in for the rest. */
  fromFeed?: FromFeed | undefined;
}

/** A feed item's own words for a new post; every text is plain text already. */
export interface FromFeed {
  summary: string;
  link: string;
  publishDate: Date;
  captions: Partial<Record<string, string[]>>;
  image?: { src: string; alt: string } | undefined;
  /** A YAML comment written first in the front matter, naming the feed item. */
  origin: string;
}

/** What the template needs to know about the hub around it. */
export interface TemplateContext {
  hub: HubConfig;
  /** The first day of a new post or campaign. */
  today: Date;
  campaigns: readonly { id: string; hashtag: string }[];
  /** Words that say the writer works here, added to the example caption (from the content policy). */
  disclosure?: string | undefined;
  /** FAQ topics already used in this language, for the hint. */
  topics?: readonly string[];
  /** Next free position among this language's guidelines. */
  nextOrder?: number;
}

const DAY = 86_400_000;

/** The full text of a new file: front matter (or YAML) with every field, then a body to replace. */
export function renderTemplate(content: NewContent, context: TemplateContext): string {
  // Most words are in the new file's language; a campaign's goal and description are written in every language.
  const t = (key: UiStringKey, locale = content.locale) => translator(locale, context.hub.default_locale)(key);
  const fields = fieldsOf(content.type);
  const input = { fields, help: (path: string) => fieldAt(fields, path)?.description };
  switch (content.type) {
    case 'post': {
      const yaml = renderYamlFields({ ...input, ...postFields(content, context, t) });
      const origin = content.fromFeed ? `${content.fromFeed.origin}\n` : '';
      return `---\n${origin}${yaml}---\n${t('new.body')}\n`;
    }
    case 'faq': {
      const topics = context.topics ?? [];
      const yaml = renderYamlFields({
        ...input,
        values: { question: content.title, topic: content.topic ?? topics[0] ?? t('new.topic'), order: 100 },
        examples: {},
        notes: topics.length > 0 ? { topic: `Topics in use: ${topics.join(', ')}.` } : {},
      });
      return `---\n${yaml}---\n${t('new.answer')}\n`;
    }
    case 'guideline': {
      const yaml = renderYamlFields({
        ...input,
        values: { title: content.title, description: t('new.guidelineDescription'), order: context.nextOrder ?? 1 },
        examples: {},
      });
      return `---\n${yaml}---\n## ${t('new.guidelineHeading')}\n\n${t('new.guidelineBody')}\n`;
    }
    case 'campaign': {
      const locales = [content.locale, ...context.hub.locales.map(({ code }) => code).filter((code) => code !== content.locale)];
      const yaml = renderYamlFields({
        ...input,
        locales,
        values: {
          name: { [content.locale]: content.title },
          hashtag: plain(content.hashtag ?? hashtagFromTitle(content.title)),
          start: dateValue(context.today),
          end: dateValue(new Date(context.today.getTime() + 30 * DAY)),
          goal: Object.fromEntries(locales.map((code) => [code, t('new.campaignGoal', code)])),
          description: Object.fromEntries(locales.map((code) => [code, t('new.campaignDescription', code)])),
        },
        examples: {},
      });
      return `# A campaign groups posts under one hashtag for a period of time; its id is this file's name.\n${yaml}`;
    }
  }
}

function postFields(content: NewContent, context: TemplateContext, t: (key: UiStringKey) => string) {
  const { hub } = context;
  const campaign = context.campaigns.find((candidate) => candidate.id === content.campaign);
  const caption = [t('new.caption'), context.disclosure].filter(Boolean).join(' ');
  const categories = hub.categories.map((category) => `${category.id} (${pickLocalized(category.label, content.locale, hub.default_locale)})`);
  const owned = hub.owned_domains[0];
  const feed = content.fromFeed;
  return {
    values: {
      title: content.title,
      summary: feed?.summary ?? t('new.summary'),
      category: plain(content.category ?? hub.categories[0]?.id ?? ''),
      ...(campaign ? { campaign: plain(campaign.id) } : {}),
      ...(feed ? { link: feed.link } : {}),
      publish_date: dateValue(feed?.publishDate ?? context.today),
      featured: false,
      draft: true,
      captions: feed?.captions ?? { default: [caption] },
      ...(feed?.image ? { image: { src: plain(feed.image.src), alt: feed.image.alt } } : {}),
      hashtags: campaign ? [plain(campaign.hashtag)] : [],
      why_it_matters: t('new.why'),
      stakeholders: [],
    },
    examples: {
      campaign: plain(context.campaigns[0]?.id ?? 'spring-campaign'),
      link: plain(owned ? `https://${owned}/` : 'https://www.example.com/'),
      expiry_date: dateValue(new Date(context.today.getTime() + 60 * DAY)),
      image: { src: plain('your-picture.jpg'), alt: 'What the picture shows' },
      source: { name: 'Name of the publication', url: plain('https://www.example.com/article') },
    },
    notes: {
      category: `One of: ${categories.join(', ')}.`,
      ...(context.campaigns.length > 0 ? { campaign: `One of: ${context.campaigns.map((c) => c.id).join(', ')}.` } : {}),
    },
  };
}

/**
 * `Ride to work 2026` → `RideToWork2026`: hashtags are CamelCase, letters and digits only, accents
 * dropped. The one hashtag maker: campaigns' defaults and the new hub's own tags (npm run init).
 */
export function hashtagFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
