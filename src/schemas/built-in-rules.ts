/**
 * Checks that are not in `content/policy.yaml` because they cannot be switched off: a file the
 * hub cannot read, or content the hub cannot safely build. Their ids are reserved: the policy
 * schema refuses a rule of `policy.yaml` that takes one, and the checker's catalogue lists them.
 */
export const BUILT_IN_RULES = {
  'file-format': 'The file must be UTF-8 text (a post, guideline or FAQ entry), not a binary file.',
  'file-size': 'Content files must be small text files; a very large file is usually a mistake.',
  'front-matter': 'Posts, guidelines and FAQ entries start with front matter between two --- lines.',
  yaml: 'Front matter and YAML files must be valid YAML.',
  'mdx-syntax': 'The body must be valid Markdown/MDX.',
  schema: 'Fields must match what the hub expects (names, types, allowed values, references).',
  'content-location': 'Content files live in the folder of their kind and language, such as posts/en/.',
  'content-file': 'Content files are real files inside the content folder, one per page: no symbolic links, no two names for one page.',
  'hub-config': 'The hub settings file (hub.yaml) must be complete and valid.',
  policy: 'The content policy file (policy.yaml) must be valid; the check cannot run without it.',
  'mdx-safety': 'MDX may use only the hub components; no import/export, expressions, scripts, frames, event handlers or javascript: links.',
  checker: 'The checker itself failed on a file: a bug to report to the hub maintainers, not a content problem.',
} as const satisfies Record<string, string>;

export const BUILT_IN_RULE_IDS = Object.keys(BUILT_IN_RULES);
