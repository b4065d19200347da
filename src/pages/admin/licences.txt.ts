import type { APIRoute } from 'astro';
import { MISSING_PACKAGE, prepareBundle } from '../../cms/bundle.ts';
import { withTrailingSlash } from '../../lib/trailing-slash.ts';

/** The licences of the editor and its fonts, published beside them. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const bundle = prepareBundle(process.cwd(), withTrailingSlash(base));
  return new Response(bundle?.licences ?? `${MISSING_PACKAGE}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
