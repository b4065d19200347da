import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guidelineSchema } from '../../src/schemas/guideline.ts';
import { hubSchema } from '../../src/schemas/hub.ts';
import { createPostSchema } from '../../src/schemas/post.ts';
import { parseLocatedYaml } from '../../src/reading/yaml-position.ts';
import { zodIssuesToFindings } from '../../src/reading/zod-findings.ts';

const postSchema = createPostSchema({
  categories: ['product-announcements', 'recruiting'],
  campaigns: ['spring-launch'],
  mediaExists: (name) => name === 'ebbtide.jpg',
});

/** Validates a fixture and returns the editor-facing messages, each prefixed with its line. */
function check(schema: z.ZodType, fixture: string): { data?: unknown; messages: string[] } {
  const source = readFileSync(join(import.meta.dirname, 'fixtures', fixture), 'utf8');
  const yaml = parseLocatedYaml(source);
  const result = schema.safeParse(yaml.document.toJS());
  if (result.success) return { data: result.data, messages: [] };
  return {
    messages: zodIssuesToFindings(fixture, result.error.issues, yaml).map((f) => `line ${f.line}: ${f.message}`),
  };
}

describe('post schema', () => {
  it('accepts a post with every field and normalises captions and hashtags', () => {
    const { data, messages } = check(postSchema, 'post-complete.yaml');
    expect(messages).toEqual([]);
    expect(data).toMatchObject({
      featured: true,
      draft: false,
      captions: { x: ['Our new e-bike is out! #ExampleEmployee'] },
      hashtags: ['Ebbtide', 'EBikes'],
      publish_date: new Date('2026-11-03'),
    });
  });

  it('accepts a post with only the required fields and fills the defaults', () => {
    const { data, messages } = check(postSchema, 'post-minimal.yaml');
    expect(messages).toEqual([]);
    expect(data).toMatchObject({ featured: false, draft: false, hashtags: [], stakeholders: [] });
  });

  it.each([
    ['post-missing-title.yaml', 'line 1: title: is required but missing'],
    ['post-unknown-category.yaml', 'line 3: category: "gossip" is not a category of this hub; use one of: product-announcements, recruiting'],
    ['post-unknown-campaign.yaml', 'line 4: campaign: "autumn-sale" is not a campaign; use one of: spring-launch'],
    ['post-invalid-date.yaml', 'line 4: publish_date: 2026-13-45 is not a real date (check the day and the month); write it as YYYY-MM-DD'],
    ['post-misspelt-field.yaml', 'line 5: unknown field "expiry_dat": check the spelling'],
    ['post-impossible-day.yaml', 'line 4: publish_date: 2026-02-30 is not a real date (check the day and the month); write it as YYYY-MM-DD'],
    ['post-expiry-before-publish.yaml', 'line 5: expiry_date: must be after publish_date: a post cannot expire before it is published'],
    ['post-missing-image.yaml', 'line 8: image.src: the image "no-such-picture.jpg" is not in content/media/; add the file there or correct the name'],
  ])('%s is refused with a message naming the field and its line', (fixture, message) => {
    expect(check(postSchema, fixture).messages).toEqual([message]);
  });

  it('names every field of the wrong type, in words', () => {
    const { messages } = check(postSchema, 'post-wrong-types.yaml');
    expect(messages).toEqual(
      expect.arrayContaining([
        'line 5: featured: must be true or false, not text',
        expect.stringMatching(/^line 8: captions\.myspace: "myspace" is not a network the hub knows/),
        'line 9: hashtags: must be a list, not text',
      ]),
    );
  });
});

describe('campaign schema', () => {
  it('accepts a campaign with localized and plain texts', () => {
    expect(check(campaignSchema, 'campaign-valid.yaml').messages).toEqual([]);
  });
  it('refuses an end date before the start', () => {
    expect(check(campaignSchema, 'campaign-end-before-start.yaml').messages).toEqual(['line 4: end: must not be before start']);
  });
  it('refuses a hashtag with spaces', () => {
    expect(check(campaignSchema, 'campaign-hashtag-with-space.yaml').messages).toEqual([
      'line 2: hashtag: must be a hashtag made of letters, digits or _, without spaces',
    ]);
  });
});

describe('guideline schema', () => {
  it('accepts a guideline', () => {
    expect(check(guidelineSchema, 'guideline-valid.yaml').messages).toEqual([]);
  });
  it('asks for a number as the order', () => {
    expect(check(guidelineSchema, 'guideline-order-as-text.yaml').messages).toEqual([
      'line 3: order: must be a number such as 1, 2 or 3',
    ]);
  });
});

describe('FAQ schema', () => {
  it('accepts a question', () => {
    expect(check(faqSchema, 'faq-valid.yaml').messages).toEqual([]);
  });
  it('requires the question', () => {
    expect(check(faqSchema, 'faq-missing-question.yaml').messages).toEqual(['line 1: question: is required but missing']);
  });
});

describe('hub config schema', () => {
  it('accepts a minimal hub and fills the UTM defaults', () => {
    const { data, messages } = check(hubSchema, 'hub-valid.yaml');
    expect(messages).toEqual([]);
    expect(data).toMatchObject({
      base: '/',
      utm: { source: '{network}', medium: '{medium}', campaign: '{campaign}', default_campaign: 'always-on' },
      advocate: { code_length: 10 },
    });
  });
  it('explains each mistake on its line', () => {
    const { messages } = check(hubSchema, 'hub-default-locale-not-listed.yaml');
    expect(messages).toEqual(
      expect.arrayContaining([
        'line 3: base: must start and end with "/", such as "/" or "/advocacy/"',
        expect.stringMatching(/^line 7: networks\[2\]: must be one of: linkedin, x,/),
        'line 12: program_lead.email: must be an email address',
      ]),
    );
  });
  it.each([
    ['media.example.com', true],
    ['xn--e1afmkfd.xn--p1ai', true],
    ['Media.Example.com', false],
    ['media.example.com:8080', false],
    ['https://media.example.com', false],
    ['media.example.com/path', false],
    ['me@media.example.com', false],
    ['bücher.example', false],
    ['10.0.0.1', false],
    ['localhost', false],
    ['a..example.com', false],
    ['*.example.com', false],
    ['example.com;script-src', false],
  ])('reads %s as a host name for owned_domains and resource_hosts: %s', (host, accepted) => {
    const hub = parseLocatedYaml(readFileSync(join(import.meta.dirname, 'fixtures', 'hub-valid.yaml'), 'utf8')).document.toJS() as object;
    for (const field of ['owned_domains', 'resource_hosts']) {
      const result = hubSchema.safeParse({ ...hub, [field]: [host] });
      expect(result.success, `${field}: ${host}`).toBe(accepted);
      if (!accepted) expect(result.error?.issues[0]?.message).toMatch(/^must be a host name such as /);
    }
  });
  it('says that advocate.salt is gone, on its line, and why', () => {
    const { messages } = check(hubSchema, 'hub-with-advocate-salt.yaml');
    expect(messages).toEqual([expect.stringMatching(/^line 11: advocate\.salt: is no longer used: delete this line\. A salt in the pages let anyone with a list of staff emails work out whose a code is/)]);
    expect(messages[0]).toContain('HUB_CODE_SECRET');
    expect(messages[0]).toContain('Codes people already have keep working.');
  });
  it('holds every address to the one URL rule: https only, a mailto: chat, never code', () => {
    expect(check(hubSchema, 'hub-with-mailto-chat.yaml').messages).toEqual([]);
    expect(check(hubSchema, 'hub-with-unsafe-addresses.yaml').messages).toEqual([
      'line 2: site: must use https:// (http:// is not encrypted)',
      "line 14: program_lead.chat: is a javascript: address, which runs code in the reader's browser; use an https:// address",
      'line 16: repository.url: is a data: address, which carries its content inside the link; use an https:// address or a file in content/media/',
    ]);
  });
});
