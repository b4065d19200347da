import { MEDIA_PUBLIC_FOLDER } from '../reading/media-images.ts';
import { MEDIA_DIR } from '../reading/paths.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { CAPTION_KEYS } from '../schemas/post.ts';
import { pickLocalized } from '../i18n/translate.ts';
import { networkLabel } from '../share/network-labels.ts';
import { fieldsOf, type ContentType } from '../scaffold/field-help.ts';
import { cmsFields, type CmsField, type FieldReferences } from './fields.ts';
import { KIND_FOLDERS } from '../reading/paths.ts';

/**
 * The configuration of the browser editor at /admin/ (Sveltia CMS), generated from the same zod
 * schemas as the validator, so the two cannot drift. One collection per kind of content and
 * language (the language is the folder), changes saved through the editorial workflow: every
 * change becomes a pull request that the content check and a reviewer see before it is merged.
 */
export interface CmsContext {
  /** The content folder relative to the repository root, such as `content`. */
  contentFolder: string;
  /** Campaign ids, for the campaign menu of posts. */
  campaigns: readonly string[];
}

export type CmsCollection =
  | {
      name: string;
      label: string;
      label_singular: string;
      description?: string;
      folder: string;
      extension: string;
      format: string;
      create: boolean;
      identifier_field: string;
      slug: { template: string; editable: string[]; pattern?: [string, string] };
      summary: string;
      sortable_fields: string[];
      editor: { preview: boolean };
      fields: CmsField[];
    }
  | { divider: true; name: string };

export interface CmsConfig {
  backend: Record<string, string | boolean>;
  publish_mode: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  site_url: string;
  app_title: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
}

const SLUG_PATTERN: [string, string] = ['^[a-z0-9]+(-[a-z0-9]+)*$', 'use lowercase letters, digits and hyphens only, such as e-bike-launch'];

/** Where each kind of file lives, and how it is named and listed. */
const KINDS = {
  post: { folder: KIND_FOLDERS.post, label: 'Posts', singular: 'Post', extension: 'md', format: 'yaml-frontmatter', identifier: 'title', summary: '{{title}} · {{publish_date}}', sort: ['publish_date', 'title'] },
  guideline: { folder: KIND_FOLDERS.guideline, label: 'Guidelines', singular: 'Guideline page', extension: 'mdx', format: 'yaml-frontmatter', identifier: 'title', summary: '{{order}}. {{title}}', sort: ['order', 'title'] },
  faq: { folder: KIND_FOLDERS.faq, label: 'FAQ', singular: 'Question', extension: 'md', format: 'yaml-frontmatter', identifier: 'question', summary: '{{topic}}: {{question}}', sort: ['topic', 'order', 'question'] },
  campaign: { folder: KIND_FOLDERS.campaign, label: 'Campaigns', singular: 'Campaign', extension: 'yaml', format: 'yaml', identifier: 'hashtag', summary: '#{{hashtag}} ({{start}} – {{end}})', sort: ['start', 'hashtag'] },
} as const;

/** Fields written in several lines. */
const LONG_TEXT: Record<ContentType, string[]> = {
  post: ['summary', 'why_it_matters', 'captions'],
  guideline: ['description'],
  faq: [],
  campaign: ['goal', 'description'],
};

/** The body below the front matter: the post's context, the answer, the guideline page. */
const BODY: Partial<Record<ContentType, CmsField>> = {
  post: { name: 'body', label: 'More context', widget: 'markdown', required: false, hint: 'Optional longer text shown on the post page.' },
  faq: { name: 'body', label: 'Answer', widget: 'markdown', required: true },
  // Guideline pages use the hub's components (<PolicyBannedTopics /> …): edited as Markdown text so they stay as written.
  guideline: { name: 'body', label: 'Page', widget: 'markdown', required: true, modes: ['raw'] },
};

export function cmsConfig(hub: HubConfig, context: CmsContext): CmsConfig {
  const references: FieldReferences = {
    locales: [
      ...hub.locales.filter(({ code }) => code === hub.default_locale),
      ...hub.locales.filter(({ code }) => code !== hub.default_locale),
    ],
    choices: {
      category: hub.categories.map(({ id, label }) => ({ label: pickLocalized(label, hub.default_locale, hub.default_locale), value: id })),
      campaign: context.campaigns.map((id) => ({ label: id, value: id })),
    },
    mapKeys: { captions: CAPTION_KEYS },
    keyLabel: (key) => (key === 'default' ? 'Any network (default)' : networkLabel(key)),
  };
  const collections: CmsCollection[] = [];
  for (const type of ['post', 'guideline', 'faq'] as const) {
    if (collections.length > 0) collections.push({ divider: true, name: `divider-${type}` });
    for (const { code, label } of references.locales) {
      collections.push(collection(type, `${type}-${code}`, `${KINDS[type].label} (${label})`, `${context.contentFolder}/${KINDS[type].folder}/${code}`, references));
    }
  }
  collections.push({ divider: true, name: 'divider-campaign' });
  collections.push(collection('campaign', 'campaigns', KINDS.campaign.label, `${context.contentFolder}/${KINDS.campaign.folder}`, references));
  return {
    backend: backendOf(hub),
    publish_mode: 'editorial_workflow',
    // Uploads go to content/media/, and a picture is written as /media/<file> wherever it is used:
    // the post's picture field and the image button of a body alike. The build gives body images
    // their path from the content file (src/reading/media-images.ts). A collection-level relative
    // public_folder (../../media) would not do: Sveltia writes it only for a file uploaded from
    // the entry, and a picture picked from the media library keeps the global /media/ form.
    media_folder: `${context.contentFolder}/${MEDIA_DIR}`,
    public_folder: MEDIA_PUBLIC_FOLDER,
    site_url: new URL(hub.base, hub.site).href,
    app_title: `${hub.organisation} · advocacy hub editor`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

function collection(type: ContentType, name: string, label: string, folder: string, references: FieldReferences): CmsCollection {
  const kind = KINDS[type];
  const fields = cmsFields(fieldsOf(type), { ...references, longText: LONG_TEXT[type] });
  const body = BODY[type];
  return {
    name,
    label,
    label_singular: kind.singular,
    folder,
    extension: kind.extension,
    format: kind.format,
    create: true,
    identifier_field: kind.identifier,
    // The file name is the page's address and links translations together: set once, when the file is created.
    slug: { template: `{{${kind.identifier}}}`, editable: ['create'], pattern: SLUG_PATTERN },
    summary: kind.summary,
    sortable_fields: [...kind.sort],
    editor: { preview: false },
    fields: body ? [...fields, body] : fields,
  };
}

/** The git host from hub.yaml; a host other than github.com or gitlab.com gets its own API address. */
export function backendOf(hub: HubConfig): Record<string, string | boolean> {
  if (!hub.repository) {
    throw new Error('the browser editor needs the repository: add "repository" (url, branch, provider) to content/hub.yaml');
  }
  const url = new URL(hub.repository.url);
  const repo = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const provider = hub.repository.provider;
  const backend: Record<string, string | boolean> = { name: provider, repo, branch: hub.repository.branch };
  const publicHost = provider === 'gitlab' ? 'gitlab.com' : 'github.com';
  if (url.host !== publicHost) backend.api_root = provider === 'gitlab' ? `${url.origin}/api/v4` : `${url.origin}/api/v3`;
  if (hub.repository.cms_auth_url) backend.base_url = hub.repository.cms_auth_url;
  return backend;
}
