import { z } from 'astro/zod';
import { dateSchema, hashtagSchema, localizedSchema } from './common.ts';

/** A campaign (`content/campaigns/<id>.yaml`); its id is the file name. */
export const campaignSchema = z
  .strictObject({
    name: localizedSchema.describe('The campaign’s name, per language; a language left out shows the default one.'),
    /** @example RideToWork */
    hashtag: hashtagSchema.describe('Added to every caption of the campaign’s posts; without #, in CamelCase, letters, digits or _.'),
    start: dateSchema.describe('First day of the campaign (YYYY-MM-DD).'),
    end: dateSchema.describe('Last day of the campaign (YYYY-MM-DD), not before start.'),
    goal: localizedSchema.describe('What the campaign wants to achieve, per language, in one sentence.'),
    description: localizedSchema.describe('A few sentences for the campaign page, per language.'),
  })
  .superRefine((campaign, ctx) => {
    if (campaign.end.getTime() < campaign.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
    }
  });

export type CampaignData = z.output<typeof campaignSchema>;
