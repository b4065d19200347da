import { z } from 'astro/zod';
import { dateSchema, hashtagSchema, localizedSchema } from './common.ts';

/** A campaign (`content/campaigns/<id>.yaml`); its id is the file name. */
export const campaignSchema = z
  .strictObject({
    name: localizedSchema,
    /** Added to every caption of the campaign's posts. @example RideToWork */
    hashtag: hashtagSchema,
    start: dateSchema,
    end: dateSchema,
    goal: localizedSchema,
    description: localizedSchema,
  })
  .superRefine((campaign, ctx) => {
    if (campaign.end.getTime() < campaign.start.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
    }
  });

export type CampaignData = z.output<typeof campaignSchema>;
