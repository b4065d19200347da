import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { cmsConfig, type CmsCollection } from '../../src/cms/config.ts';
import type { CmsField } from '../../src/cms/fields.ts';
import { readCmsContext } from '../../src/cms/context.ts';
import { mediaImageFromFile } from '../../src/reading/media-images.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { faqSchema } from '../../src/schemas/faq.ts';
import { guidelineSchema } from '../../src/schemas/guideline.ts';
import { CAPTION_KEYS, createPostSchema } from '../../src/schemas/post.ts';

const content = join(import.meta.dirname, 'fixtures', 'small-hub');
const hub = loadHubConfig(content);
const config = cmsConfig(hub, readCmsContext(content, join(content, '..')));
type Collection = Extract<CmsCollection, { folder: string }>;
const collections = config.collections.filter((c): c is Collection => 'folder' in c);
const byName = (name: string) => collections.find((c) => c.name === name)!;
const field = (fields: CmsField[], path: string): CmsField | undefined => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  return rest.length === 0 || !found ? found : field(found.fields ?? [], rest.join('.'));
};

/** What a comms editor sees for each field: the widget and whether the editor insists on it. */
const EXPECTED: Record<string, Record<string, [widget: string, required: boolean]>> = {
  'post-en': {
    title: ['string', true],
    summary: ['text', true],
    category: ['select', true],
    campaign: ['select', false],
    link: ['string', false],
    publish_date: ['datetime', true],
    expiry_date: ['datetime', false],
    featured: ['boolean', false],
    draft: ['boolean', false],
    captions: ['object', true],
    'captions.linkedin': ['list', false],
    'captions.default': ['list', false],
    hashtags: ['list', false],
    image: ['object', false],
    'image.src': ['string', true],
    'image.alt': ['string', true],
    why_it_matters: ['text', true],
    stakeholders: ['list', false],
    source: ['object', false],
    'source.name': ['string', true],
    'source.url': ['string', true],
    body: ['markdown', false],
  },
  'faq-en': { question: ['string', true], topic: ['string', true], order: ['number', false], body: ['markdown', true] },
  'guideline-it': { title: ['string', true], description: ['text', true], order: ['number', true], body: ['markdown', true] },
  campaigns: {
    name: ['object', true],
    'name.en': ['string', true],
    'name.it': ['string', false],
    hashtag: ['string', true],
    start: ['datetime', true],
    end: ['datetime', true],
    goal: ['object', true],
    description: ['object', true],
    'description.it': ['text', false],
  },
};

const SCHEMAS: Record<string, z.ZodObject> = {
  'post-en': createPostSchema({ categories: [], campaigns: [], mediaExists: () => true }) as unknown as z.ZodObject,
  'faq-en': faqSchema,
  'guideline-it': guidelineSchema as unknown as z.ZodObject,
  campaigns: campaignSchema as unknown as z.ZodObject,
};

describe('the browser editor configuration, generated from the schemas', () => {
  it.each(Object.keys(EXPECTED))('%s: every field has the expected widget and required flag', (name) => {
    const fields = byName(name).fields;
    for (const [path, [widget, required]] of Object.entries(EXPECTED[name]!)) {
      expect(field(fields, path), path).toMatchObject({ widget, required });
    }
  });

  it.each(Object.keys(SCHEMAS))('%s: every schema field appears, required exactly when the schema requires it', (name) => {
    const fields = byName(name).fields;
    const shape = SCHEMAS[name]!.shape as Record<string, z.ZodType>;
    expect(fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(Object.keys(shape));
    for (const [key, schema] of Object.entries(shape)) {
      const required = !schema.safeParse(undefined).success;
      expect(field(fields, key)?.required, key).toBe(required);
    }
  });

  it('has a collection per language for posts, guidelines and FAQ, in the language folders', () => {
    expect(collections.map((c) => `${c.name} ${c.folder}`)).toEqual([
      'post-en small-hub/posts/en',
      'post-it small-hub/posts/it',
      'guideline-en small-hub/guidelines/en',
      'guideline-it small-hub/guidelines/it',
      'faq-en small-hub/faq/en',
      'faq-it small-hub/faq/it',
      'campaigns small-hub/campaigns',
    ]);
    expect(byName('guideline-en')).toMatchObject({ extension: 'mdx', format: 'yaml-frontmatter' });
    expect(byName('campaigns')).toMatchObject({ extension: 'yaml', format: 'yaml' });
  });

  it('offers the hub categories and campaigns as menus, and a caption list per network', () => {
    const post = byName('post-en').fields;
    expect(field(post, 'category')?.options).toEqual([
      { label: 'News', value: 'news' },
      { label: 'Jobs', value: 'jobs' },
    ]);
    expect(field(post, 'campaign')?.options).toEqual([{ label: 'spring-loaves', value: 'spring-loaves' }]);
    expect(field(post, 'captions')?.fields?.map((f) => f.name)).toEqual([...CAPTION_KEYS]);
    expect(field(post, 'captions.x')?.field).toMatchObject({ widget: 'text' });
  });

  it('stores dates as YYYY-MM-DD, numbers as whole numbers and links as https addresses', () => {
    expect(field(byName('post-en').fields, 'publish_date')).toMatchObject({ format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    expect(field(byName('faq-en').fields, 'order')).toMatchObject({ value_type: 'int', default: 100 });
    expect(field(byName('post-en').fields, 'link')?.pattern?.[0]).toBe('^https://');
    expect(field(byName('post-en').fields, 'featured')).toMatchObject({ default: false });
  });

  it('saves every change as a pull request on the hub repository, with uploads in content/media', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'harbour-bakery/hub', branch: 'main' },
      publish_mode: 'editorial_workflow',
      media_folder: 'small-hub/media',
      site_url: 'https://hub.harbour-bakery.example/',
    });
  });

  it('writes a picture inserted in a body as /media/<file>, which the build and the check read as the upload in content/media/', () => {
    // What Sveltia writes for an upload or a picked picture: the public folder, then the file name.
    const written = `${config.public_folder}/bike.jpg`;
    expect(written).toBe('/media/bike.jpg');
    const repository = join(content, '..');
    const uploaded = resolve(repository, config.media_folder, 'bike.jpg');
    const withBody = collections.filter((c) => field(c.fields, 'body')?.widget === 'markdown');
    expect(withBody.map((c) => c.name)).toEqual(['post-en', 'post-it', 'guideline-en', 'guideline-it', 'faq-en', 'faq-it']);
    for (const { name, folder, extension } of withBody) {
      const entry = resolve(repository, folder, `an-entry.${extension}`);
      const fromFile = mediaImageFromFile(written, entry, content);
      expect(fromFile, name).toBe('../../media/bike.jpg');
      expect(resolve(entry, '..', fromFile!), name).toBe(uploaded);
    }
  });

  it('talks to a self-hosted GitLab through its own API, and signs in through the configured OAuth client', () => {
    const gitlab = cmsConfig(
      { ...hub, repository: { url: 'https://git.example.org/comms/hub', branch: 'live', provider: 'gitlab', cms_auth_url: 'https://auth.example.org' } },
      { contentFolder: 'content', campaigns: [] },
    );
    expect(gitlab.backend).toEqual({ name: 'gitlab', repo: 'comms/hub', branch: 'live', api_root: 'https://git.example.org/api/v4', base_url: 'https://auth.example.org' });
  });

  it('is plain YAML that reads back the same', () => {
    expect(parse(stringify(config))).toEqual(JSON.parse(JSON.stringify(config)));
  });
});
