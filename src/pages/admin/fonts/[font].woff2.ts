import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { prepareBundle } from '../../../cms/bundle.ts';
import { withTrailingSlash } from '../../../lib/trailing-slash.ts';

function bundle() {
  const base = import.meta.env.BASE_URL;
  return prepareBundle(process.cwd(), withTrailingSlash(base));
}

/** The editor's interface fonts, copied from the npm package so that no font is loaded from a CDN. */
export const getStaticPaths = (() =>
  (bundle()?.fonts ?? []).map((font) => ({ params: { font: font.name.replace(/\.woff2$/, '') }, props: { source: font.source } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = ({ props }) => {
  const dir = bundle()?.dir;
  if (!dir) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(readFileSync(join(dir, 'npm', 'assets', props.source))), { headers: { 'Content-Type': 'font/woff2' } });
};
