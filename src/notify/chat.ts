import { isoDate } from '../i18n/translate.ts';
import { translator, type UiStringKey } from '../i18n/translator.ts';
import { escapeSlack } from './markup.ts';
import { newsCount, noticeMeta, type Notice } from './notice.ts';

export const CHAT_FORMATS = ['slack', 'teams', 'json'] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/** What every chat message is made of. */
export interface ChatMessage {
  organisation: string;
  locale: string;
  defaultLocale: string;
  /** The locale's home page on the hub. */
  hubUrl: string;
  /** The `--since` value as given (a date or a git ref). */
  since: string;
  notices: readonly Notice[];
}

/** Chat messages stay short: the first posts, then "and N more on the hub". */
export const CHAT_MAX_POSTS = 20;

/**
 * `--format json`: a plain structure for any other tool (a Zapier/Make/Power Automate flow, a
 * bot of your own). Documented in docs/operations.md; fields are only ever added, never renamed.
 */
export interface JsonNotification {
  hub: string;
  locale: string;
  since: string;
  url: string;
  count: number;
  text: string;
  posts: {
    title: string;
    summary: string;
    url: string;
    category: string;
    campaign: { id: string; name: string; hashtag: string } | null;
    published: string;
    image: { url: string; alt: string } | null;
  }[];
}

export function jsonPayload(message: ChatMessage): JsonNotification {
  return {
    hub: message.organisation,
    locale: message.locale,
    since: message.since,
    url: message.hubUrl,
    count: message.notices.length,
    text: heading(message),
    posts: message.notices.map((notice) => ({
      title: notice.title,
      summary: notice.summary,
      url: notice.url,
      category: notice.category.label,
      campaign: notice.campaign ? { ...notice.campaign, hashtag: `#${notice.campaign.hashtag}` } : null,
      published: isoDate(notice.published),
      image: notice.image ? { url: notice.image.url, alt: notice.image.alt } : null,
    })),
  };
}

/**
 * Slack incoming webhook: Block Kit blocks, with `text` as the notification fallback. Titles and
 * summaries are an editor's text, never markup: `&`, `<` and `>` are escaped wherever Slack reads
 * mrkdwn (the fallback too), so no `<!channel>`, `<@U…>` or `<https://…|text>` can be formed, and
 * `verbatim` stops Slack from turning names and addresses in them into mentions or links.
 */
export function slackPayload(message: ChatMessage): { text: string; blocks: unknown[] } {
  const { shown, more } = split(message);
  const title = heading(message);
  const blocks: unknown[] = [{ type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } }];
  for (const notice of shown) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(`*${escapeSlack(notice.title)}*\n${escapeSlack(details(notice, message))}`, 3000), verbatim: true },
      accessory: {
        type: 'button',
        text: { type: 'plain_text', text: clip(t(message, 'chat.open'), 75) },
        url: notice.url,
      },
    });
  }
  if (more > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(t(message, 'chat.more', { count: more })), verbatim: true }] });
  blocks.push({
    type: 'actions',
    elements: [{ type: 'button', text: { type: 'plain_text', text: clip(t(message, 'chat.hub'), 75) }, url: message.hubUrl, style: 'primary' }],
  });
  return { text: escapeSlack(`${title}: ${shown.map((notice) => notice.title).join(' · ')}`), blocks };
}

/**
 * Microsoft Teams (incoming webhook or Workflows "post to a channel"): a message with one Adaptive
 * Card. A TextBlock reads Markdown (`[text](url)` becomes a link), so what editors wrote goes into
 * TextRuns of a RichTextBlock, which Adaptive Cards never read as Markdown: nothing to escape.
 */
export function teamsPayload(message: ChatMessage): { type: 'message'; attachments: unknown[] } {
  const { shown, more } = split(message);
  const body: unknown[] = [{ type: 'TextBlock', text: heading(message), size: 'Large', weight: 'Bolder', wrap: true }];
  for (const notice of shown) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      selectAction: { type: 'Action.OpenUrl', url: notice.url },
      items: [
        plainText(notice.title, {}, { weight: 'Bolder', color: 'Accent' }),
        plainText(noticeMeta(notice, message.locale), { spacing: 'None' }, { isSubtle: true, size: 'Small' }),
        plainText(notice.summary, { spacing: 'Small' }),
      ],
    });
  }
  if (more > 0) body.push({ type: 'TextBlock', text: t(message, 'chat.more', { count: more }), wrap: true, isSubtle: true });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          lang: message.locale,
          body,
          actions: [{ type: 'Action.OpenUrl', title: t(message, 'chat.hub'), url: message.hubUrl }],
        },
      },
    ],
  };
}

export function chatPayload(format: ChatFormat, message: ChatMessage): unknown {
  if (format === 'slack') return slackPayload(message);
  if (format === 'teams') return teamsPayload(message);
  return jsonPayload(message);
}

function t(message: ChatMessage, key: UiStringKey, values: Record<string, string | number> = {}): string {
  return translator(message.locale, message.defaultLocale)(key, values);
}

function heading(message: ChatMessage): string {
  return newsCount(translator(message.locale, message.defaultLocale), message.notices.length);
}

/** The meta line and the summary below it. */
function details(notice: Notice, message: ChatMessage): string {
  return `${noticeMeta(notice, message.locale)}\n${notice.summary}`;
}

function split(message: ChatMessage): { shown: readonly Notice[]; more: number } {
  const shown = message.notices.slice(0, CHAT_MAX_POSTS);
  return { shown, more: message.notices.length - shown.length };
}

/** Text shown as written in a Teams card: one TextRun (never Markdown) in a RichTextBlock. */
function plainText(text: string, block: Record<string, string>, run: Record<string, string | boolean> = {}): unknown {
  return { type: 'RichTextBlock', ...block, inlines: [{ type: 'TextRun', text, ...run }] };
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
