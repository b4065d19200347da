import { describe, expect, it } from 'vitest';
import { formulaValues, outputTexts } from '../../src/analytics/calculator-text.ts';
import { fillPlaceholders as fill } from '../../src/i18n/translate.ts';
import { calculateReach, earnedMediaValue, readCalculatorInput, type CalculatorInput } from '../../src/analytics/calculator.ts';
import { earnedMediaOfVisits } from '../../src/analytics/dashboard-view.ts';
import { measurementSchema } from '../../src/schemas/measurement.ts';

/** The example company of the hub settings' defaults. */
const settings = measurementSchema.parse({});
const EXAMPLE: CalculatorInput = { ...settings.calculator, cpm: settings.cpm, cpc: settings.cpc };

describe('the reach calculator for the example company of 500', () => {
  const result = calculateReach(EXAMPLE);

  it('starts from 500 employees, 20% taking part, 500 connections, 4 posts a month, 10% reach, 1% CTR, CPM 10, CPC 2', () => {
    expect(EXAMPLE).toEqual({ employees: 500, participation_percent: 20, connections: 500, posts_per_month: 4, reach_percent: 10, ctr_percent: 1, cpm: 10, cpc: 2 });
  });

  it('works out advocates × connections × posts, then organic reach, clicks and earned media', () => {
    expect(result.advocates).toBe(100);
    expect(result.month).toEqual({ potentialReach: 200_000, impressions: 20_000, clicks: 200, earnedMedia: 600 });
    expect(result.year).toEqual({ potentialReach: 2_400_000, impressions: 240_000, clicks: 2_400, earnedMedia: 7_200 });
  });

  it('shows its formula with the numbers in', () => {
    const values = formulaValues(EXAMPLE, result, 'en', 'EUR');
    expect(fill('{cpm} × {impressions} ÷ 1,000 + {cpc} × {clicks} = {emv}', values)).toBe('€10.00 × 20,000 ÷ 1,000 + €2.00 × 200 = €600');
    expect(outputTexts(result, 'it', 'EUR')['year.earnedMedia']).toBe('7200\u00a0€');
  });
});

describe('earned media value', () => {
  it('is CPM × impressions ÷ 1000 + CPC × clicks', () => {
    expect(earnedMediaValue(50_000, 300, { cpm: 8, cpc: 1.5 })).toBe(400 + 450);
  });

  it('of the dashboard counts visits as clicks and estimates impressions with the click-through rate', () => {
    expect(earnedMediaOfVisits(200, settings)).toEqual({ clicks: 200, clicksValue: 400, impressions: 20_000, impressionsValue: 200, total: 600 });
    expect(earnedMediaOfVisits(200, { ...settings, calculator: { ...settings.calculator, ctr_percent: 0 } }).impressions).toBe(0);
  });
});

describe('readCalculatorInput', () => {
  it('reads numbers, with a decimal comma too', () => {
    const { input, problems } = readCalculatorInput({ employees: ' 1200 ', cpc: '2,5', ctr_percent: '0.8' }, EXAMPLE);
    expect(problems).toEqual({});
    expect(input).toMatchObject({ employees: 1200, cpc: 2.5, ctr_percent: 0.8, cpm: 10 });
  });

  it.each([
    ['employees', '', 'missing'],
    ['employees', 'many', 'not-a-number'],
    ['employees', '12.5', 'not-whole'],
    ['connections', '-3', 'negative'],
    ['participation_percent', '101', 'over-100'],
    ['reach_percent', '-1', 'negative'],
    ['cpm', '1e3', 'not-a-number'],
  ] as const)('%s = %j is %s, and keeps its default', (field, value, problem) => {
    const { input, problems } = readCalculatorInput({ [field]: value }, EXAMPLE);
    expect(problems).toEqual({ [field]: problem });
    expect(input[field]).toBe(EXAMPLE[field]);
  });

  it('accepts 0 and 100 for percentages', () => {
    expect(readCalculatorInput({ participation_percent: '100', ctr_percent: '0' }, EXAMPLE).problems).toEqual({});
  });
});
