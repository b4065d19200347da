import { ADVOCATE_KEY } from './share-storage.ts';

/**
 * The share panel's first lines, run inline while the page is parsed so the controls that need
 * JavaScript are laid out from the first paint (no layout shift). Kept as text here because the
 * page's Content-Security-Policy allows it by its hash (`hubCsp` in astro.config.mjs): the panel
 * writes exactly this text, and the policy hashes exactly this text. It reads the address the way
 * share-storage.ts does (URLSearchParams), so both agree on whether a personal link was followed.
 */
export const SHARE_PANEL_BOOT = `(() => {
  const panel = document.currentScript.parentElement;
  panel.classList.remove('no-js');
  if (navigator.share) panel.classList.add('can-share');
  try {
    if (localStorage.getItem(${JSON.stringify(ADVOCATE_KEY)}) || new URLSearchParams(location.search).has('advocate')) panel.classList.add('has-code');
  } catch (error) {}
})();`;
