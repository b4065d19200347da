/**
 * Live reach calculator: the page works as a plain GET form and shows the result for the
 * example values; this recomputes with the same formula as the build (src/analytics/calculator.ts)
 * whenever a field changes, and shows a message under each field it cannot use.
 */
import { CALCULATOR_FIELDS, calculateReach, readCalculatorInput, type CalculatorField, type CalculatorInput, type InputProblem } from '../analytics/calculator.ts';
import { formulaValues, outputTexts } from '../analytics/calculator-text.ts';
import { fillPlaceholders as fill } from '../i18n/translate.ts';

interface Config {
  locale: string;
  currency: string;
  defaults: CalculatorInput;
  errors: Record<InputProblem, string>;
  invalid: string;
}

const form = document.querySelector<HTMLFormElement>('form[data-calculator]');
const results = document.querySelector<HTMLElement>('[data-calculator-results]');
if (form && results) enhance(form, results, JSON.parse(form.dataset.calculator ?? '{}') as Config);

function enhance(form: HTMLFormElement, results: HTMLElement, config: Config): void {
  // Our messages replace the browser's, and they show while typing rather than on submit.
  form.noValidate = true;
  const field = (id: CalculatorField) => form.elements.namedItem(id) as HTMLInputElement | null;
  const query = new URLSearchParams(location.search);
  for (const { id } of CALCULATOR_FIELDS) {
    const value = query.get(id);
    const input = field(id);
    if (value !== null && input) input.value = value;
  }
  const status = results.querySelector<HTMLElement>('[data-calc-status]');
  const live = results.querySelector<HTMLElement>('[data-calc-live]');
  let announce: number | undefined;

  const update = (announceResult: boolean): CalculatorField | undefined => {
    const raw = Object.fromEntries(CALCULATOR_FIELDS.map(({ id }) => [id, field(id)?.value ?? null]));
    const { input, problems } = readCalculatorInput(raw, config.defaults);
    let firstInvalid: CalculatorField | undefined;
    for (const { id } of CALCULATOR_FIELDS) {
      const problem = problems[id];
      const message = form.querySelector<HTMLElement>(`[data-error-for="${id}"]`);
      if (message) message.textContent = problem ? config.errors[problem] : '';
      if (problem) field(id)?.setAttribute('aria-invalid', 'true');
      else field(id)?.removeAttribute('aria-invalid');
      firstInvalid ??= problem ? id : undefined;
    }
    if (status) status.textContent = firstInvalid ? config.invalid : '';
    if (firstInvalid) return firstInvalid;
    const result = calculateReach(input);
    const outputs = outputTexts(result, config.locale, config.currency);
    for (const cell of results.querySelectorAll<HTMLElement>('[data-out]')) cell.textContent = outputs[cell.dataset.out ?? ''] ?? '';
    const values = formulaValues(input, result, config.locale, config.currency);
    for (const line of results.querySelectorAll<HTMLElement>('[data-template]')) line.textContent = fill(line.dataset.template ?? '', values);
    if (live && announceResult) {
      // Wait for a pause in typing, so a screen reader says the result once, not at every key.
      window.clearTimeout(announce);
      announce = window.setTimeout(() => (live.textContent = fill(live.dataset.calcLive ?? '', values)), 900);
    }
    return undefined;
  };

  form.addEventListener('input', () => update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const invalid = update(true);
    if (invalid) {
      field(invalid)?.focus();
      return;
    }
    // Keep the numbers in the address, so the page can be bookmarked or shared as it is.
    const params = new URLSearchParams();
    for (const { id } of CALCULATOR_FIELDS) params.set(id, field(id)?.value ?? '');
    history.replaceState(null, '', `${location.pathname}?${params}`);
    results.querySelector<HTMLElement>('h2')?.focus();
  });
  results.querySelector('h2')?.setAttribute('tabindex', '-1');
  update(false);
}
