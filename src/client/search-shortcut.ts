import { isSearchShortcut } from '../search/shortcut.ts';
import { prefetchSearch } from './search-prefetch.ts';

// A person who puts the cursor in the header's box is about to search: fetch what the search
// page will need now, so that pressing Enter lands on a warm cache.
const headerBox = document.querySelector<HTMLInputElement>('[data-search-shortcut]');
headerBox?.addEventListener(
  'focus',
  () => {
    const bundle = headerBox.form?.dataset.searchBundle;
    if (bundle) prefetchSearch(new URL(bundle, window.location.href), document.documentElement.lang);
  },
  { once: true },
);

// `/` or Ctrl/⌘+K focuses the search box: the search page's own box when there is one, else the header's.
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || !isSearchShortcut(event, isTypingIn(event.target))) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-primary]:not([disabled])') ?? document.querySelector<HTMLInputElement>('[data-search-shortcut]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
