import { isSearchShortcut } from '../search/shortcut.ts';

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
