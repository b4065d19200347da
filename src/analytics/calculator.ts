/**
 * The reach and earned-media calculator. Pure and free of Node, so the page renders the result
 * for the defaults at build time and the browser script recomputes it with the same code.
 *
 * The model, per month:
 *   advocates       = employees × participation %
 *   potential reach = advocates × connections × posts per month   (every share's audience, repeats included)
 *   impressions     = potential reach × organic reach %           (networks show a post to a fraction of connections)
 *   clicks          = impressions × click-through rate %
 *   earned media    = CPM × impressions ÷ 1,000 + CPC × clicks    (what paid posts with the same results would cost)
 * and a year is twelve such months.
 */

export type FieldKind = 'whole' | 'percent' | 'amount' | 'money';

export const CALCULATOR_FIELDS = [
  { id: 'employees', kind: 'whole' },
  { id: 'participation_percent', kind: 'percent' },
  { id: 'connections', kind: 'amount' },
  { id: 'posts_per_month', kind: 'amount' },
  { id: 'reach_percent', kind: 'percent' },
  { id: 'ctr_percent', kind: 'percent' },
  { id: 'cpm', kind: 'money' },
  { id: 'cpc', kind: 'money' },
] as const satisfies readonly { id: string; kind: FieldKind }[];

export type CalculatorField = (typeof CALCULATOR_FIELDS)[number]['id'];
export type CalculatorInput = Record<CalculatorField, number>;

/** Why a value cannot be used; the page words each one. */
export type InputProblem = 'missing' | 'not-a-number' | 'negative' | 'over-100' | 'not-whole';

export interface Figures {
  potentialReach: number;
  impressions: number;
  clicks: number;
  earnedMedia: number;
}

export interface CalculatorResult {
  advocates: number;
  month: Figures;
  year: Figures;
}

/** Earned media value: what paid posts with these impressions and clicks would cost. */
export function earnedMediaValue(impressions: number, clicks: number, prices: { cpm: number; cpc: number }): number {
  return (prices.cpm * impressions) / 1000 + prices.cpc * clicks;
}

export function calculateReach(input: CalculatorInput): CalculatorResult {
  const advocates = Math.round((input.employees * input.participation_percent) / 100);
  const potentialReach = advocates * input.connections * input.posts_per_month;
  const impressions = (potentialReach * input.reach_percent) / 100;
  const clicks = (impressions * input.ctr_percent) / 100;
  const month = { potentialReach, impressions, clicks, earnedMedia: earnedMediaValue(impressions, clicks, input) };
  return {
    advocates,
    month,
    year: {
      potentialReach: month.potentialReach * 12,
      impressions: month.impressions * 12,
      clicks: month.clicks * 12,
      earnedMedia: month.earnedMedia * 12,
    },
  };
}

/**
 * Checks what someone typed: a number (a decimal comma is fine), not negative, percentages at
 * most 100, employees whole. Fields with a problem keep their default in `input`.
 */
export function readCalculatorInput(
  raw: Partial<Record<CalculatorField, string | null | undefined>>,
  defaults: CalculatorInput,
): { input: CalculatorInput; problems: Partial<Record<CalculatorField, InputProblem>> } {
  const input = { ...defaults };
  const problems: Partial<Record<CalculatorField, InputProblem>> = {};
  for (const { id, kind } of CALCULATOR_FIELDS) {
    const text = raw[id];
    if (text === undefined || text === null) continue;
    const result = readNumber(text, kind);
    if (typeof result === 'number') input[id] = result;
    else problems[id] = result;
  }
  return { input, problems };
}

function readNumber(text: string, kind: FieldKind): number | InputProblem {
  const trimmed = text.trim();
  if (trimmed === '') return 'missing';
  const normalised = trimmed.includes('.') ? trimmed : trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(normalised)) return 'not-a-number';
  const value = Number(normalised);
  if (value < 0) return 'negative';
  if (kind === 'percent' && value > 100) return 'over-100';
  if (kind === 'whole' && !Number.isInteger(value)) return 'not-whole';
  return value;
}
