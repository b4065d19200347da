import { relative, sep } from 'node:path';
import { listCampaignIds } from '../reading/paths.ts';
import type { CmsContext } from './config.ts';

/** What the editor configuration reads from the content folder: where it is, and the campaigns. */
export function readCmsContext(dir: string, cwd: string = process.cwd()): CmsContext {
  return { contentFolder: relative(cwd, dir).split(sep).join('/') || '.', campaigns: listCampaignIds(dir) };
}
