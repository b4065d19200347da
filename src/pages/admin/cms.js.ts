import type { APIRoute } from 'astro';
import { MISSING_PACKAGE, prepareBundle } from '../../cms/bundle.ts';
import { withTrailingSlash } from '../../lib/trailing-slash.ts';

/** The browser editor (Sveltia CMS from npm), served from this site with its fonts. */
export const GET: APIRoute = () => {
  const bundle = prepareBundle(process.cwd(), withTrailingSlash(import.meta.env.BASE_URL));
  // Without the package the page still loads and says what is missing, instead of failing silently.
  const js = bundle?.js ?? `document.body.textContent = ${JSON.stringify(`This editor is not installed: ${MISSING_PACKAGE}.`)};`;
  return new Response(js, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
