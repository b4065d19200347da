import type { APIRoute } from 'astro';
import hub from 'virtual:hub/settings';
import { panelTextsFile, type PanelTextsFile } from '../../share/panel-texts.ts';

/**
 * The share panel's words, one file per language (`/share-texts/en.1a2b3c4d5e6f.json`), fetched
 * by the panel's script as the page is parsed. The name carries the digest of the text, which is
 * also the file's cache key: the file is rebuilt exactly when its words change.
 */
export function getStaticPaths() {
  return hub.locales.map(({ code }) => {
    const file = panelTextsFile(hub, code);
    return { params: { file: file.name }, props: { file }, cacheKey: file.name };
  });
}

export const GET: APIRoute<{ file: PanelTextsFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
