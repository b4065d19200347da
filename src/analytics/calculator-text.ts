import type { CalculatorInput, CalculatorResult } from './calculator.ts';
import { formatCount, formatMoney, formatPercent } from './format.ts';

/** The lines of "How it is worked out", in order; each is a string key of the calculator page. */
export const FORMULA_KEYS = ['formula.advocates', 'formula.reach', 'formula.impressions', 'formula.clicks', 'formula.emv'] as const;

/** The result cells of the page, by the `data-out` name they carry. */
export function outputTexts(result: CalculatorResult, locale: string, currency: string): Record<string, string> {
  const out: Record<string, string> = { advocates: formatCount(result.advocates, locale) };
  for (const period of ['month', 'year'] as const) {
    const figures = result[period];
    out[`${period}.potentialReach`] = formatCount(figures.potentialReach, locale);
    out[`${period}.impressions`] = formatCount(figures.impressions, locale);
    out[`${period}.clicks`] = formatCount(figures.clicks, locale);
    out[`${period}.earnedMedia`] = formatMoney(figures.earnedMedia, locale, currency);
  }
  return out;
}

/** The numbers the formula lines and summaries show, formatted for the locale (per month, and the year's value). */
export function formulaValues(input: CalculatorInput, result: CalculatorResult, locale: string, currency: string): Record<string, string> {
  const count = (value: number) => formatCount(value, locale);
  const money = (value: number) => formatMoney(value, locale, currency);
  return {
    employees: count(input.employees),
    participation: formatPercent(input.participation_percent, locale),
    advocates: count(result.advocates),
    connections: count(input.connections),
    posts: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(input.posts_per_month),
    reach: count(result.month.potentialReach),
    reachRate: formatPercent(input.reach_percent, locale),
    impressions: count(result.month.impressions),
    ctr: formatPercent(input.ctr_percent, locale),
    clicks: count(result.month.clicks),
    cpm: money(input.cpm),
    cpc: money(input.cpc),
    emv: money(result.month.earnedMedia),
    emvYear: money(result.year.earnedMedia),
  };
}

