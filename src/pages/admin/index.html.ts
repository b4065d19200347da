import type { APIRoute } from 'astro';
import { CMS_SCRIPT } from '../../cms/bundle.ts';
import { backendOf } from '../../cms/config.ts';
import { editorCsp } from '../../cms/csp.ts';
import { escapeMarkup } from '../../notify/markup.ts';
import { textDirection } from '../../i18n/direction.ts';
import { withTrailingSlash } from '../../lib/trailing-slash.ts';

/**
 * The editor is a single-page app from npm (Sveltia CMS), served from this site: it reads
 * config.yml beside this page and talks only to the git host. Not a page of the hub itself: no
 * search, no index. It is an endpoint, not an Astro page, so that it carries only the editor's own
 * Content-Security-Policy: Astro adds the hub's policy to every page it renders, and a second
 * policy would block the editor's inline styles and the git host's pictures.
 */
export const GET: APIRoute = ({ locals }) => {
  const { hub } = locals;
  const base = withTrailingSlash(hub.base);
  const text = escapeMarkup;
  const page = `<!doctype html>
<html lang="${text(hub.default_locale)}" dir="${textDirection(hub.default_locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${text(editorCsp(hub.repository ? backendOf(hub) : {}))}" />
    <title>${text(hub.organisation)} · editor</title>
    <link href="${text(`${base}admin/config.yml`)}" type="application/yaml" rel="cms-config-url" />
  </head>
  <body>
    <noscript>The editor needs JavaScript. You can also edit the files in the repository directly: see docs/editing.md in the repository.</noscript>
    <script src="${text(`${base}admin/${CMS_SCRIPT}`)}"></script>
  </body>
</html>
`;
  return new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
