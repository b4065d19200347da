import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { CONTENT_TYPES, fieldsOf } from '../../src/scaffold/field-help.ts';
import { planNewFile, readScaffoldContext, slugFromTitle, type NewRequest } from '../../src/scaffold/new-file.ts';
import { fieldAt, fieldPaths } from '../../src/scaffold/schema-fields.ts';
import { hashtagFromTitle } from '../../src/scaffold/templates.ts';
import { planStarterHub } from '../../src/scaffold/starter-hub.ts';

const content = join(import.meta.dirname, 'fixtures', 'small-hub');
const hub = loadHubConfig(content);
const context = readScaffoldContext(content, hub, 'en', new Date('2026-11-23'));
const plan = (request: NewRequest) => planNewFile(request, hub, context);

describe('what npm run new refuses, in words an editor understands', () => {
  it.each([
    [{ type: 'post', category: 'news' }, /a title is needed: add --title "…", for example --title "Our new cargo bike is here"/],
    [{ type: 'post', title: 'X' }, /a post needs a category: add --category with one of: news, jobs/],
    [{ type: 'post', title: 'X', category: 'news', locale: 'fr' }, /"fr" is not a language of this hub; use one of: en, it/],
    [{ type: 'post', title: 'X', category: 'news', campaign: 'summer' }, /"summer" is not a campaign; use one of: spring-loaves/],
    [{ type: 'post', title: 'X', category: 'news', slug: 'Not A Slug' }, /--slug "Not A Slug" must use lowercase letters, digits and hyphens only/],
    [{ type: 'post', title: '!!!', category: 'news' }, /no file name can be made from the title "!!!"; add --slug/],
    [{ type: 'faq', title: 'X', category: 'news' }, /--category is not used for a faq; leave it out/],
    [{ type: 'campaign', title: 'X', hashtag: 'two words' }, /--hashtag "two words" must be letters, digits or _ without spaces/],
    [{ type: 'blog', title: 'X' }, /"blog" is not something npm run new can create; use one of: post, faq, guideline, campaign/],
    [{ title: 'X' }, /say what to create: npm run new -- post\|faq\|guideline\|campaign/],
  ])('%j', (request, message) => {
    expect(() => plan(request)).toThrow(message);
  });

  it('puts each kind of file in its folder, in the language asked for', () => {
    expect(plan({ type: 'post', title: 'Fresh bread', category: 'news', locale: 'it' }).relativePath).toBe('posts/it/fresh-bread.md');
    expect(plan({ type: 'faq', title: 'Fresh bread?' }).relativePath).toBe('faq/en/fresh-bread.md');
    expect(plan({ type: 'guideline', title: 'Fresh bread' }).relativePath).toBe('guidelines/en/fresh-bread.mdx');
    expect(plan({ type: 'campaign', title: 'Fresh bread', slug: 'bread-2027' }).relativePath).toBe('campaigns/bread-2027.yaml');
  });
});

describe('file names and hashtags made from a title', () => {
  it.each([
    ['Ebbtide e-bike: 70 km per charge!', 'ebbtide-e-bike-70-km-per-charge'],
    ['Perché la bici elettrica è più veloce', 'perche-la-bici-elettrica-e-piu-veloce'],
    ['We’re hiring mechanics', 'were-hiring-mechanics'],
    ['A very long title that goes on and on about bicycles, bakeries and the weather in spring', 'a-very-long-title-that-goes-on-and-on-about-bicycles'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
    expect(slugFromTitle(title).length).toBeLessThanOrEqual(60);
  });

  it('makes CamelCase hashtags without accents or spaces', () => {
    expect(hashtagFromTitle('ride to work 2027')).toBe('RideToWork2027');
    expect(hashtagFromTitle('Città in bici')).toBe('CittaInBici');
  });

  it('makes the new hub\'s own hashtags (npm run init) the same way: no accents', () => {
    const files = planStarterHub({ name: 'Pâtisserie Müller', site: 'https://advocacy.muller.example', languages: ['en'], networks: ['linkedin'], ownedDomains: [], programLeadName: 'Team', programLeadEmail: 'team@muller.example', today: '2026-11-23' });
    const policy = files.get('policy.yaml') ?? '';
    expect(policy).toContain('recommended: [PatisserieMuller, PatisserieMullerEmployee]');
    expect(policy).not.toContain('Pâtisserie' + 'Müller');
  });
});

describe('templates come from the schemas', () => {
  it.each(CONTENT_TYPES)('every %s field has a one-line description in its schema', (type) => {
    const fields = fieldsOf(type);
    const undescribed = fieldPaths(fields).filter((path) => !fieldAt(fields, path)?.description?.trim());
    expect(undescribed).toEqual([]);
  });

  it('writes each field’s description above it in a new file, the words the schema holds', () => {
    const { text } = plan({ type: 'post', title: 'Fresh bread', category: 'news' });
    for (const name of ['title', 'why_it_matters', 'featured']) {
      const description = fieldAt(fieldsOf('post'), name)?.description;
      expect(text).toContain(`# ${description}`);
    }
  });

  it.each(CONTENT_TYPES)('a new %s shows every field of the schema, present or commented out', (type) => {
    const { text } = plan({ type, title: 'Fresh bread', ...(type === 'post' ? { category: 'news' } : {}) });
    for (const field of fieldsOf(type)) expect(text, field.name).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
  });
});
