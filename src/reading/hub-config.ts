import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hubSchema, type HubConfig } from '../schemas/hub.ts';
import type { PostSchemaContext } from '../schemas/post.ts';
import { ContentProblems, type Finding } from './finding.ts';
import { HUB_FILE, contentDir, displayPath, listCampaignIds, mediaLookup } from './paths.ts';
import { parseLocatedYaml } from './yaml-position.ts';
import { zodIssuesToFindings } from './zod-findings.ts';

/** Reads and checks `content/hub.yaml`; problems come back as findings, never thrown. */
export function readHubConfig(dir: string = contentDir()): { hub?: HubConfig; findings: Finding[] } {
  const path = join(dir, HUB_FILE);
  const file = displayPath(path);
  if (!existsSync(path)) {
    return {
      findings: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'hub-config',
          message: `the hub settings file is missing: create ${file} (see docs/reference/hub-yaml.md)`,
        },
      ],
    };
  }
  const yaml = parseLocatedYaml(readFileSync(path, 'utf8'));
  if (yaml.document.errors.length > 0) {
    return {
      findings: yaml.document.errors.map((error) => ({
        file,
        ...yaml.positionAt(error.pos[0]),
        severity: 'error' as const,
        ruleId: 'yaml',
        message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const result = hubSchema.safeParse(yaml.document.toJS());
  if (!result.success) return { findings: zodIssuesToFindings(file, result.error.issues, yaml, 'hub-config') };
  return { hub: result.data, findings: [] };
}

const cache = new Map<string, HubConfig>();

/** The hub config, or a `ContentProblems` error listing what to fix. Cached per content folder. */
export function loadHubConfig(dir: string = contentDir()): HubConfig {
  const cached = cache.get(dir);
  if (cached) return cached;
  const { hub, findings } = readHubConfig(dir);
  if (!hub) throw new ContentProblems(findings);
  cache.set(dir, hub);
  return hub;
}

/** What the post schema needs to check categories, campaigns and images. */
export function postSchemaContext(dir: string = contentDir(), hub: HubConfig = loadHubConfig(dir)): PostSchemaContext {
  return {
    categories: hub.categories.map((category) => category.id),
    campaigns: listCampaignIds(dir),
    mediaExists: mediaLookup(dir),
  };
}
