import { campaignSchema, type CampaignData } from '../schemas/campaign.ts';
import { createPostSchema, type PostData } from '../schemas/post.ts';
import type { HubConfig } from '../schemas/hub.ts';
import type { Finding } from './finding.ts';
import { discoverContent } from './discover.ts';
import { parseContentFile } from './parse.ts';
import { loadHubConfig, postSchemaContext } from './hub-config.ts';
import { contentDir } from './paths.ts';
import { zodIssuesToFindings } from './zod-findings.ts';

/** A post read outside Astro: where it stands and its validated front matter. */
export interface StoredPost {
  locale: string;
  slug: string;
  /** As shown to people: relative to the working directory. */
  file: string;
  data: PostData;
}

export interface StoredContent {
  posts: StoredPost[];
  /** Campaigns by id (file name). */
  campaigns: Map<string, CampaignData>;
  /** Problems that kept a file out; the site build would refuse them too. */
  findings: Finding[];
}

/**
 * Reads the posts and campaigns through the same zod schemas as `astro:content`, for commands
 * that run in plain Node (digest, notify). Files are found and parsed by the validator's own
 * reader, so a file the checker accepts is read the same way here.
 */
export function readPostsAndCampaigns(dir: string = contentDir(), hub: HubConfig = loadHubConfig(dir)): StoredContent {
  const postSchema = createPostSchema(postSchemaContext(dir, hub));
  const posts: StoredPost[] = [];
  const campaigns = new Map<string, CampaignData>();
  const findings: Finding[] = [];
  const discovered = discoverContent(dir);
  findings.push(...discovered.unsafe);
  for (const source of discovered.files) {
    if (source.kind !== 'post' && source.kind !== 'campaign') continue;
    const { doc, problems } = parseContentFile(source);
    findings.push(...problems);
    if (!doc?.block || !source.slug) continue;
    const result = (source.kind === 'post' ? postSchema : campaignSchema).safeParse(doc.raw ?? {});
    if (!result.success) {
      findings.push(...zodIssuesToFindings(doc.file, result.error.issues, doc.block.yaml));
    } else if (source.kind === 'campaign') {
      campaigns.set(source.slug, result.data as CampaignData);
    } else if (source.locale) {
      posts.push({ locale: source.locale, slug: source.slug, file: doc.file, data: result.data as PostData });
    }
  }
  return { posts, campaigns, findings };
}
