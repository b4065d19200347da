import { isAdvocateCode } from '../share/advocate-code.ts';

/** localStorage keys; the panel's inline bootstrap reads ADVOCATE_KEY too (passed in by SharePanel.astro). */
export const ADVOCATE_KEY = 'advocacy-hub.advocate';
export const MASTODON_KEY = 'advocacy-hub.mastodon';

// Storage can throw (private browsing, blocked cookies): the panel then works without memory.
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not remembered; this visit still works */
  }
}

export function forgetStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/** The remembered advocate code, if it is still a valid one. */
export function storedAdvocateCode(): string | null {
  const code = readStored(ADVOCATE_KEY);
  return isAdvocateCode(code) ? code : null;
}

/**
 * Reads a personal link (`?advocate=CODE`): a valid code is remembered; the parameter is taken
 * out of the address bar either way, so it is not bookmarked or passed on. Returns the code.
 */
export function captureAdvocateFromUrl(): string | null {
  const url = new URL(location.href);
  if (!url.searchParams.has('advocate')) return null;
  const code = url.searchParams.get('advocate');
  url.searchParams.delete('advocate');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  if (!isAdvocateCode(code)) return null;
  writeStored(ADVOCATE_KEY, code);
  return code;
}
