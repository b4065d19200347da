import { describe, expect, it } from 'vitest';
import { CHAT_MAX_POSTS, jsonPayload, slackPayload, teamsPayload, type ChatMessage } from '../../src/notify/chat.ts';
import type { Notice } from '../../src/notify/notice.ts';

function notice(n: number, extra: Partial<Notice> = {}): Notice {
  return {
    slug: `post-${n}`,
    locale: 'en',
    title: `Post ${n}`,
    summary: `Summary ${n}.`,
    whyItMatters: 'Because.',
    url: `https://hub.example.org/posts/post-${n}/`,
    category: { id: 'news', label: 'News' },
    published: new Date('2026-11-20T00:00:00Z'),
    ...extra,
  };
}

const message = (notices: Notice[], locale = 'en'): ChatMessage => ({
  organisation: 'Harbour Bikes',
  locale,
  defaultLocale: 'en',
  hubUrl: 'https://hub.example.org/',
  since: '2026-11-15',
  notices,
});

const withCampaign = notice(1, { title: 'Brakes & <bells>', campaign: { id: 'spring', name: 'Spring', hashtag: 'SpringRides' } });

describe('Slack message', () => {
  it('has a heading, one section per post with its link and campaign hashtag, and a button to the hub', () => {
    const payload = slackPayload(message([withCampaign, notice(2)]));
    expect(payload.text).toBe('2 new posts to share: Brakes &amp; &lt;bells&gt; · Post 2');
    expect(payload.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '2 new posts to share', emoji: true } });
    expect(payload.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Brakes &amp; &lt;bells&gt;*\nNews · November 20, 2026 · #SpringRides\nSummary 1.', verbatim: true },
      accessory: { type: 'button', text: { type: 'plain_text', text: 'Open' }, url: 'https://hub.example.org/posts/post-1/' },
    });
    expect(payload.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ url: 'https://hub.example.org/' }] });
  });

  it('stays within Slack’s 50 blocks: the first posts, then how many more', () => {
    const payload = slackPayload(message(Array.from({ length: 60 }, (_, i) => notice(i))));
    expect(payload.blocks.length).toBeLessThanOrEqual(50);
    expect(payload.blocks.filter((block) => (block as { type: string }).type === 'section')).toHaveLength(CHAT_MAX_POSTS);
    expect(JSON.stringify(payload.blocks)).toContain('And 40 more on the hub.');
  });
});

describe('Teams message', () => {
  it('is a message with one Adaptive Card that opens each post and the hub', () => {
    const payload = teamsPayload(message([withCampaign], 'it'));
    expect(payload.type).toBe('message');
    const [attachment] = payload.attachments as { contentType: string; content: Record<string, unknown> }[];
    expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment!.content as { type: string; version: string; body: unknown[]; actions: unknown[] };
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.4');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: '1 nuovo post da condividere' });
    expect(card.body[1]).toMatchObject({
      type: 'Container',
      selectAction: { type: 'Action.OpenUrl', url: 'https://hub.example.org/posts/post-1/' },
      items: [
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Brakes & <bells>', weight: 'Bolder' }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'News · 20 novembre 2026 · #SpringRides', isSubtle: true }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Summary 1.' }] },
      ],
    });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Apri l’hub', url: 'https://hub.example.org/' }]);
  });
});

describe('an editor’s title or summary cannot ping a channel or add a link', () => {
  const hostile = notice(1, {
    title: '<!channel> Urgent: <https://evil.example/login|re-enter your password>',
    summary: 'Ask <@U024BE7LH> or see [the new portal](https://evil.example/) and <!here|here>.',
  });

  it('Slack: no mention or link markup survives, in the blocks or in the notification text', () => {
    const payload = slackPayload(message([hostile]));
    const mrkdwn = [payload.text, ...payload.blocks.flatMap((block) => {
      const { text, elements } = block as { text?: { type: string; text: string }; elements?: { type: string; text: string }[] };
      return [text, ...(elements ?? [])].filter((part) => part?.type === 'mrkdwn').map((part) => part!.text);
    })];
    for (const text of mrkdwn) expect(text).not.toMatch(/[<>]/);
    expect(payload.text).toBe('1 new post to share: &lt;!channel&gt; Urgent: &lt;https://evil.example/login|re-enter your password&gt;');
    expect(payload.blocks[1]).toMatchObject({ text: { verbatim: true } });
  });

  it('Teams: the title and summary are plain TextRuns, which Adaptive Cards never read as Markdown', () => {
    const card = (teamsPayload(message([hostile])).attachments[0] as { content: { body: unknown[] } }).content;
    const runs = (card.body[1] as { items: { inlines: { type: string; text: string }[] }[] }).items.flatMap((item) => item.inlines);
    expect(runs.map((run) => run.type)).toEqual(['TextRun', 'TextRun', 'TextRun']);
    expect(runs[0]?.text).toBe(hostile.title);
    expect(runs[2]?.text).toBe(hostile.summary);
    // Only the hub's own words (the heading) are left in Markdown-reading TextBlocks.
    const blocks = (card.body as { type: string; text?: string }[]).filter((block) => block.type === 'TextBlock');
    expect(blocks.map((block) => block.text)).toEqual(['1 new post to share']);
  });
});

describe('JSON message', () => {
  it('is the documented plain structure', () => {
    expect(jsonPayload(message([withCampaign]))).toEqual({
      hub: 'Harbour Bikes',
      locale: 'en',
      since: '2026-11-15',
      url: 'https://hub.example.org/',
      count: 1,
      text: '1 new post to share',
      posts: [
        {
          title: 'Brakes & <bells>',
          summary: 'Summary 1.',
          url: 'https://hub.example.org/posts/post-1/',
          category: 'News',
          campaign: { id: 'spring', name: 'Spring', hashtag: '#SpringRides' },
          published: '2026-11-20',
          image: null,
        },
      ],
    });
  });
});
