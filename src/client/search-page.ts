import { formatDate, lookup } from '../i18n/translate.ts';
import type { SearchStringKey } from '../i18n/strings/search.ts';
import {
  activeFilterCount,
  emptyFilters,
  hasCriteria,
  pagefindFilters,
  readSearchState,
  searchStateParams,
  type SearchState,
} from '../search/query-state.ts';
import type { PagefindResultData, PagefindSearch } from '../search/pagefind-browser.ts';
import type { Correction, Speller } from '../search/spelling.ts';
import { vocabularyFile, type Vocabulary } from '../search/vocabulary.ts';
import { unmatchedWords } from '../search/weak-matches.ts';
import { resultItem } from './search-results.ts';
import { openSearchIndex, type SearchIndex } from './search-index.ts';

/**
 * The search page. Pagefind's script and index load only here, started by the page's first
 * script (`search-start.ts`); `?q=…&type=…` in the address bar is run on arrival and kept up to
 * date after every search.
 */
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;
/** Search workers: a large hub's index parts are searched side by side, on up to this many cores. */
const MAX_WORKERS = 4;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(document.getElementById('search-strings')?.textContent ?? '{}') as Record<string, string>;
  const locale = root.dataset.locale ?? document.documentElement.lang;
  const t = (key: SearchStringKey, values: Record<string, string | number> = {}) => lookup({ [locale]: strings }, locale, key, values, []);
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('[data-search-primary]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notice = root.querySelector<HTMLElement>('[data-search-correction]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const activeLabel = root.querySelector<HTMLElement>('[data-search-active]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  root.hidden = false;
  let state = readSearchState(new URLSearchParams(window.location.search));
  input.value = state.query;
  for (const box of boxes) box.checked = (state.filters[box.name as keyof SearchState['filters']] ?? []).includes(box.value);
  showActiveFilters();
  if (filterBox) filterBox.open = window.matchMedia('(min-width: 56rem)').matches || activeFilterCount(state) > 0;

  status.textContent = t('status.loading');
  const language = document.documentElement.lang;
  // The page's first script started the search (`search-start.ts`).
  const started = window.hubSearch;
  if (!started) {
    status.textContent = t('status.failed');
    return;
  }
  const bundleFolder = new URL('.', started.bundle);
  let index: SearchIndex;
  try {
    index = await openSearchIndex({
      first: bundleFolder.href,
      further: started.further,
      language: language.toLowerCase(),
      cacheTag: started.cacheTag,
      started,
      workers: Math.min(navigator.hardwareConcurrency || 2, MAX_WORKERS),
    });
  } catch {
    // `npm run dev` builds no index, so there it is expected; on a built site it is a fault.
    status.textContent = import.meta.env.DEV ? t('status.dev') : t('status.failed');
    return;
  }

  let generation = 0;
  /** Search the words as typed, without correcting them (until the box is edited). */
  let exact = state.exact ?? false;
  let speller: Promise<Speller | undefined> | undefined;
  let shown: PagefindSearch | undefined;
  /** The search whose next page is being fetched, if any. */
  let loadingFor: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    exact = false;
    if (input.value.trim() !== '') index.preload(input.value.trim());
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  root.querySelector('[data-search-clear]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    void run();
  });
  more.addEventListener('click', () => void showMore());
  // The correction's two links search on this page rather than load it anew.
  notice.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-query]') : null;
    if (!link) return;
    event.preventDefault();
    input.value = link.dataset.query ?? '';
    exact = link.dataset.exact !== undefined;
    input.focus();
    clearTimeout(timer);
    void run();
  });

  await run();

  function readForm(): SearchState {
    const filters = emptyFilters();
    for (const box of boxes) if (box.checked) filters[box.name as keyof typeof filters]?.push(box.value);
    return { query: input.value.trim(), filters, ...(exact ? { exact } : {}) };
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    state = readForm();
    showActiveFilters();
    const params = searchStateParams(state);
    window.history.replaceState(null, '', params.size > 0 ? `?${params}` : window.location.pathname);
    // The results on screen stay until the new ones come, but "more" no longer belongs to them.
    shown = undefined;
    more.hidden = true;
    if (!hasCriteria(state)) {
      list.replaceChildren();
      status.textContent = t('results.start');
      return;
    }
    let search: PagefindSearch;
    try {
      search = await index.search(state.query || null, pagefindFilters(state));
    } catch {
      if (mine === generation) status.textContent = t('status.failed');
      return;
    }
    if (mine !== generation) return;
    let correction: Correction | undefined;
    if (state.query && !state.exact) ({ search, correction } = await corrected(state, search));
    if (mine !== generation) return;
    shown = search;
    list.replaceChildren();
    more.hidden = true;
    showCorrection(correction);
    // The count is said once the first result is on screen, so the two arrive together.
    await showMore(false, () => {
      if (mine === generation) status.textContent = countText(search.results.length, correction?.query ?? state.query);
    });
  }

  /**
   * The search with its typos corrected, when its top result shows that a word was not found and
   * the vocabulary knows a word close to it; otherwise the search as it is. The vocabulary and the
   * speller load only then, so a well-spelled search never waits for them.
   */
  async function corrected(state: SearchState, search: PagefindSearch): Promise<{ search: PagefindSearch; correction?: Correction }> {
    try {
      const [top] = search.results;
      let excerpts: string[] | undefined;
      if (top) {
        // Asked once: the list shows the same details next.
        const details = top.data();
        search.results[0] = { ...top, data: () => details };
        const data = await details;
        excerpts = [data.excerpt, ...(data.sub_results ?? []).map((section) => section.excerpt)];
      }
      const suspects = unmatchedWords(state.query, excerpts);
      if (suspects.length === 0) return { search };
      const correction = (await loadSpeller())?.correct(state.query, suspects);
      if (!correction) return { search };
      const better = await index.search(correction.query, pagefindFilters(state));
      return better.results.length > 0 ? { search: better, correction } : { search };
    } catch {
      return { search };
    }
  }

  function loadSpeller(): Promise<Speller | undefined> {
    speller ??= (async () => {
      const [{ createSpeller }, response] = await Promise.all([
        import('../search/spelling.ts'),
        fetch(new URL(vocabularyFile(language), bundleFolder)),
      ]);
      return response.ok ? createSpeller((await response.json()) as Vocabulary) : undefined;
    })().catch(() => undefined);
    return speller;
  }

  /** "Showing results for *warranty*. Search instead for *warrenty*." Both are links. */
  function showCorrection(correction: Correction | undefined): void {
    notice.hidden = !correction;
    if (!correction) return notice.replaceChildren();
    const link = (query: string, asTyped: boolean) => {
      const anchor = document.createElement('a');
      anchor.href = `?${searchStateParams({ ...state, query, ...(asTyped ? { exact: true } : { exact: false }) })}`;
      anchor.dataset.query = query;
      if (asTyped) anchor.dataset.exact = '';
      const words = document.createElement('em');
      words.textContent = query;
      anchor.append(words);
      return anchor;
    };
    notice.replaceChildren(
      ...sentence(t('correction.showing'), 'corrected', link(correction.query, false)),
      ' ',
      ...sentence(t('correction.instead'), 'typed', link(state.query, true)),
    );
  }

  /**
   * Shows the next page of results. Each result's details are a small file of their own: the top
   * one is fetched alone, so that it shows as soon as possible, then the others all at once, each
   * shown in order as soon as it and those above it have arrived.
   */
  async function showMore(moveFocus = true, onFirst?: () => void): Promise<void> {
    const search = shown;
    const mine = generation;
    if (!search || loadingFor === mine) return; // a second click while a page loads
    loadingFor = mine;
    const start = list.children.length;
    const [top, ...others] = search.results.slice(start, start + PAGE_SIZE);
    let first = true;
    const show = (data: PagefindResultData) => {
      const item = resultItem(data, { typeLabel, formatDate: (iso) => formatDate(new Date(iso), locale) });
      if (!item) return;
      list.append(item);
      if (!first) return;
      first = false;
      onFirst?.();
      if (moveFocus) item.querySelector('a')?.focus();
    };
    try {
      if (top) {
        const data = await top.data();
        if (mine !== generation) return;
        show(data);
        const rest = others.map((result) => result.data());
        for (const pending of rest) pending.catch(() => {}); // a newer search may leave them unread
        for (const pending of rest) {
          const data = await pending;
          if (mine !== generation) return;
          show(data);
        }
      }
      if (first) onFirst?.();
    } catch {
      if (mine === generation) status.textContent = t('status.failed');
    } finally {
      if (loadingFor === mine) loadingFor = undefined;
      if (mine === generation) more.hidden = start + PAGE_SIZE >= search.results.length;
    }
  }

  function countText(count: number, query: string): string {
    if (count === 0) return query ? t('results.none', { query }) : t('results.noneFiltered');
    if (query) return count === 1 ? t('results.count.one', { query }) : t('results.count', { count, query });
    return count === 1 ? t('results.filtered.one') : t('results.filtered', { count });
  }

  function typeLabel(type: string): string {
    return type === 'post' || type === 'guideline' || type === 'faq' ? t(`type.${type}`) : type;
  }

  function showActiveFilters(): void {
    const count = activeFilterCount(state);
    if (activeLabel) activeLabel.textContent = count === 0 ? '' : count === 1 ? t('filters.active.one') : t('filters.active', { count });
  }
}

/** A translated sentence with an element in place of its `{name}`, as nodes (never as HTML). */
function sentence(template: string, name: string, element: Element): (string | Element)[] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [before, element, after];
}
