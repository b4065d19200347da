import { ADVOCATE_KEY } from './share-storage.ts';

/**
 * The share panel's first lines, run inline while the page is parsed so the controls that need
 * JavaScript are laid out from the first paint (no layout shift). Kept as text here because the
 * page's Content-Security-Policy allows it by its hash (`hubCsp` in astro.config.mjs): the panel
 * writes exactly this text, and the policy hashes exactly this text. It reads the address the way
 * share-storage.ts does (URLSearchParams), so both agree on whether a personal link was followed.
 *
 * It also asks, at once, for the panel's words in the page's language (`data-share-texts`, one
 * file per language of the hub's own): the request runs while the rest of the page and the
 * panel's script load, so the first message after a tap does not wait for it. The promise is
 * kept on the panel as `shareTexts` (`PANEL_TEXTS_PROPERTY`), where share-panel.ts takes it.
 */
export const PANEL_TEXTS_PROPERTY = 'shareTexts';

export const SHARE_PANEL_BOOT = `(() => {
  const panel = document.currentScript.parentElement;
  panel.classList.remove('no-js');
  if (navigator.share) panel.classList.add('can-share');
  try {
    if (localStorage.getItem(${JSON.stringify(ADVOCATE_KEY)}) || new URLSearchParams(location.search).has('advocate')) panel.classList.add('has-code');
  } catch (error) {}
  panel.${PANEL_TEXTS_PROPERTY} = fetch(panel.dataset.shareTexts).then((response) => response.ok ? response.json() : null).catch(() => null);
})();`;
