import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { loadHubConfig } from '../../content/hub-config.ts';
import { contentDir } from '../../content/paths.ts';
import { cmsConfig } from '../../cms/config.ts';
import { readCmsContext } from '../../cms/context.ts';

/** The browser editor's configuration, generated from the content schemas at build time. */
export const GET: APIRoute = () => {
  const dir = contentDir();
  const config = cmsConfig(loadHubConfig(dir), readCmsContext(dir));
  const header = '# Generated from src/schemas/ by src/cms/config.ts at build time: change the schemas, not this file.\n';
  return new Response(header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
