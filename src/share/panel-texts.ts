import { createHash } from 'node:crypto';
import type { HubConfig } from '../schemas/hub.ts';
import { shareStrings } from '../i18n/strings/share.ts';
import { tableTexts, translator } from '../i18n/translator.ts';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

/**
 * The share panel's words in one language, for its browser script (status messages, the live
 * counter, form errors): one file per language instead of the same table inside every post page.
 * The file's name carries a digest of its text, so a page always names the words it was built
 * with and the file can be cached for good; a cold and an incremental build name the same file.
 */
export interface PanelTextsFile {
  locale: string;
  /** `en.1a2b3c4d5e6f`: the page's language and the digest of the text. */
  name: string;
  /** The JSON the file holds. */
  body: string;
}

/** Where the files are, under the hub's base path (`src/pages/share-texts/[file].json.ts`). */
export const PANEL_TEXTS_DIR = 'share-texts';

const files = new Map<string, PanelTextsFile>();

/** The file of one language, worked out once per build and settings. */
export function panelTextsFile(hub: Pick<HubConfig, 'default_locale'>, locale: string): PanelTextsFile {
  const memo = `${hub.default_locale}\n${locale}`;
  let file = files.get(memo);
  if (!file) {
    const body = `${JSON.stringify(tableTexts(translator(locale, hub.default_locale), shareStrings))}\n`;
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 12);
    file = { locale, name: `${locale}.${digest}`, body };
    files.set(memo, file);
  }
  return file;
}

/** The address a page fetches its language's words from. */
export function panelTextsPath(hub: Pick<HubConfig, 'default_locale' | 'base'>, locale: string): string {
  const base = withTrailingSlash(hub.base);
  return `${base}${PANEL_TEXTS_DIR}/${panelTextsFile(hub, locale).name}.json`;
}
