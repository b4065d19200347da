/** The hub settings as astro.config read them from hub.yaml (src/integrations/hub-settings.ts). */
declare module 'virtual:hub/settings' {
  const hub: import('./schemas/hub.ts').HubConfig;
  export default hub;
}

/** The version of the hub's code (src/ and the lock file), for page cache keys (src/integrations/hub-settings.ts). */
declare module 'virtual:hub/code-version' {
  const version: string;
  export default version;
}

/** What src/middleware.ts gives every page and component. */
declare namespace App {
  interface Locals {
    /** The hub settings (hub.yaml). */
    hub: import('./schemas/hub.ts').HubConfig;
    /** The page's language, from its address: the default language at the root, others under their code. */
    locale: string;
    /** Interface words in the page's language: `t('key', { name: value })`. */
    t: import('./i18n/translator.ts').Translate;
  }
}
