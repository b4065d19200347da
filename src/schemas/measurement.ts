import { z } from 'astro/zod';
import { isIsoDay } from '../lib/iso-day.ts';
import { ADVOCATE_CODE_PATTERN } from './advocate-code.ts';
import { networkIdSchema, slugSchema } from './common.ts';

const isAdvocateForm = (code: string): boolean => ADVOCATE_CODE_PATTERN.test(code);

const percentSchema = z
  .number({ error: 'must be a number from 0 to 100' })
  .min(0, 'must be a number from 0 to 100')
  .max(100, 'must be a number from 0 to 100');
const amountSchema = z.number({ error: 'must be a number' }).min(0, 'must not be negative');

/**
 * Points of the leaderboard: each visit, engaged visit and key event that an advocate's
 * links bring is worth this many points.
 * @example { visit: 10, engaged_visit: 5, key_event: 20 }
 */
export const pointsSchema = z.object({
  visit: amountSchema.default(10).describe('Points for each visit an advocate’s links bring.'),
  engaged_visit: amountSchema
    .default(5)
    .describe('Points more for each engaged visit (GA4: the visitor stayed 10 seconds or more, viewed two pages or triggered a key event).'),
  key_event: amountSchema.default(20).describe('Points for each key event (the goals you mark in GA4, such as a booking).'),
});
export type PointsFormula = z.infer<typeof pointsSchema>;

/**
 * Starting values of the reach calculator (`/calculator/`): an example company of 500 people.
 * Impressions per month = advocates × connections × posts per month × organic reach %.
 */
export const calculatorDefaultsSchema = z.object({
  employees: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .default(500)
    .describe('People in the company.'),
  participation_percent: percentSchema.default(20).describe('Share of them who take part in the program, in percent.'),
  connections: amountSchema.default(500).describe('Average connections or followers an advocate has on the network they share to.'),
  posts_per_month: amountSchema.default(4).describe('Posts each advocate shares per month.'),
  reach_percent: percentSchema
    .default(10)
    .describe('Share of connections who actually see a post (organic reach), in percent; networks show a post to a fraction of them.'),
  ctr_percent: percentSchema.default(1).describe('Share of the people who see a post who click its link, in percent.'),
});
export type CalculatorDefaults = z.infer<typeof calculatorDefaultsSchema>;

/** The `measurement:` section of `content/hub.yaml`: how the leaderboard scores and how earned media is valued. */
export const measurementSchema = z.object({
  /** @example EUR */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code in capitals, such as EUR, MYR or USD')
    .default('USD')
    .describe('The currency of cpm and cpc: a three-letter ISO 4217 code in capitals, such as EUR.'),
  /** @example 10 */
  cpm: amountSchema.default(10).describe('What a thousand impressions of a paid social post would cost (cost per mille).'),
  /** @example 2 */
  cpc: amountSchema.default(2).describe('What one click of a paid social post would cost (cost per click).'),
  points: pointsSchema.prefault({}).describe('Points of the leaderboard for what an advocate’s links bring.'),
  leaderboard_size: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(10)
    .describe('How many advocates each leaderboard table shows.'),
  recent_days: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(366, 'must be at most 366')
    .default(30)
    .describe('The "recent" leaderboard covers this many days up to the build date.'),
  calculator: calculatorDefaultsSchema
    .prefault({})
    .describe('Starting values of the reach calculator (/calculator/): an example company of 500 people.'),
});
export type MeasurementSettings = z.infer<typeof measurementSchema>;

/** A calendar day written YYYY-MM-DD, kept as text so the data file reads the same in every time zone. */
export const isoDaySchema = z.string().refine(isIsoDay, 'must be a real date written as YYYY-MM-DD');

/** A count of visits or events. */
const countSchema = z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative');

/**
 * One aggregate of `content/analytics/aggregates.json`: the visits that one advocate's links
 * to one post on one network brought on one day. Never a raw row, never anything personal.
 */
export const analyticsRowSchema = z.object({
  /** The day, or the first day of the period when the export had no Date column. */
  date: isoDaySchema,
  /** The last day of the period, only when the export had no Date column. */
  until: isoDaySchema.optional(),
  post: slugSchema,
  network: networkIdSchema,
  campaign: slugSchema,
  /** The opaque advocate code; absent for shares made without one. */
  advocate: z.string().refine(isAdvocateForm, 'must be an advocate code').optional(),
  sessions: countSchema,
  engaged: countSchema,
  key_events: countSchema,
});
export type AnalyticsRow = z.infer<typeof analyticsRowSchema>;

/** A run of days, both ends included. */
export const dayRangeSchema = z.object({ from: isoDaySchema, to: isoDaySchema });
export type DayRange = z.infer<typeof dayRangeSchema>;

/** The file `npm run analytics:import` writes and the leaderboard and dashboard read. */
export const analyticsDataSchema = z.object({
  version: z.literal(1),
  /** The days the imports covered, so a day without visits reads as zero rather than unknown. */
  covered: z.array(dayRangeSchema).default([]),
  rows: z.array(analyticsRowSchema).default([]),
});
export type AnalyticsData = z.infer<typeof analyticsDataSchema>;

/** One person in `content/advocates.yaml`. */
const advocateEntrySchema = z
  .object({
    /** The code from the share panel's "Sharing as" line. */
    code: z.string().refine(isAdvocateForm, 'must be an advocate code: lowercase letters, digits and hyphens, as shown after "Sharing as" in the share panel'),
    /** The name shown on the leaderboard. */
    name: z.string().trim().min(1, 'must not be empty').optional(),
    /**
     * true: shown by name. false (the default): left out of the leaderboard altogether, not even
     * the start of the code. People not listed at all appear as "Advocate ab12…".
     */
    show_on_leaderboard: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.show_on_leaderboard && !entry.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'is needed to show this person on the leaderboard' });
    }
  });
export type AdvocateEntry = z.infer<typeof advocateEntrySchema>;

/** `content/advocates.yaml`: advocates who chose to be named on the leaderboard. */
export const advocatesFileSchema = z
  .object({ advocates: z.array(advocateEntrySchema).default([]) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.advocates.forEach((entry, index) => {
      if (seen.has(entry.code)) ctx.addIssue({ code: 'custom', path: ['advocates', index, 'code'], message: `"${entry.code}" is listed twice` });
      seen.add(entry.code);
    });
  });
export type AdvocatesFile = z.infer<typeof advocatesFileSchema>;
