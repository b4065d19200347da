// Loaded on every page (through <NewSince />): counts the posts published since the previous
// visit in the navigation, and reveals the "New" mark on their cards. Reads and writes
// localStorage only.
import { VISIT_KEY_PREFIX, countNew, nextVisit, parseVisit } from '../notify/new-since.ts';
import { readStored, writeStored } from './share-storage.ts';

const source = document.querySelector<HTMLElement>('[data-new-since]');
if (source) showNewSince(source);

function showNewSince(source: HTMLElement): void {
  const dates = (source.dataset.dates ?? '').split(' ').filter(Boolean);
  const key = `${VISIT_KEY_PREFIX}${source.dataset.locale ?? ''}`;
  const { state, baseline } = nextVisit(parseVisit(readStored(key)), dates, Date.now());
  writeStored(key, JSON.stringify(state));
  const count = countNew(dates, baseline);
  if (baseline === undefined || count === 0) return;

  // Only the newest posts' dates are on the page: when all of them are new, there may be more.
  const shown = source.dataset.truncated !== undefined && count === dates.length ? `${count}+` : String(count);
  const label = count === 1 ? source.dataset.countOne : source.dataset.countOther?.replace('{count}', shown);
  for (const badge of document.querySelectorAll<HTMLElement>('[data-new-count]')) {
    badge.textContent = label ?? shown;
    badge.hidden = false;
  }
  for (const card of document.querySelectorAll<HTMLElement>('[data-published]')) {
    if ((card.dataset.published ?? '') > baseline) card.querySelector<HTMLElement>('[data-new-mark]')?.removeAttribute('hidden');
  }
}
