/**
 * The components MDX content may use, with the attributes each accepts (a list means only those
 * values). One list for the validator and for the MDX wiring (src/components/mdx-components.ts):
 * content cannot name anything else, so a pull request cannot run code at build time.
 */
export const MDX_COMPONENTS = {
  PolicyBannedTopics: { locale: null },
  PolicyBrandTerms: { locale: null },
  PolicyDisclosures: { locale: null },
  PolicyHashtagRules: { locale: null },
  ProgramLead: { locale: null },
  Callout: { type: ['do', 'dont', 'note'] },
} as const satisfies Record<string, Record<string, readonly string[] | null>>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
