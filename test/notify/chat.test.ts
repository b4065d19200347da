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
    expect(payload.text).toBe('2 new posts to share: Brakes & <bells> · Post 2');
    expect(payload.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '2 new posts to share', emoji: true } });
    expect(payload.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Brakes &amp; &lt;bells&gt;*\nNews · November 20, 2026 · #SpringRides\nSummary 1.' },
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
      items: [{ text: 'Brakes & <bells>' }, { text: 'News · 20 novembre 2026 · #SpringRides' }, { text: 'Summary 1.' }],
    });
    expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Apri l’hub', url: 'https://hub.example.org/' }]);
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
