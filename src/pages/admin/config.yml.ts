import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { contentDir } from '../../reading/paths.ts';
import { cmsConfig } from '../../cms/config.ts';
import { readCmsContext } from '../../cms/context.ts';

/** The browser editor's configuration, generated from the content schemas at build time. */
export const GET: APIRoute = ({ locals }) => {
  const { hub } = locals;
  const dir = contentDir();
  // `repository` is optional in hub.yaml: without it the editor has nowhere to save, and says so.
  if (!hub.repository) {
    return new Response('# The browser editor needs the repository: add "repository" (url, branch, provider) to hub.yaml.\n', {
      headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
    });
  }
  const config = cmsConfig(hub, readCmsContext(dir));
  const header = '# Generated from src/schemas/ by src/cms/config.ts at build time: change the schemas, not this file.\n';
  return new Response(header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
