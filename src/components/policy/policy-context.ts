import { loadHubConfig } from '../../content/hub-config.ts';
import { localeFromPath } from '../../i18n/routes.ts';
import { policyText } from '../../i18n/strings/policy.ts';
import { loadPolicy } from '../../content/load-policy.ts';

/**
 * What every policy component needs: the hub, the policy (the same file the checker reads), the
 * page's locale (from its URL unless given) and the component strings in that locale.
 */
export function policyContext(url: URL, locale?: string) {
  const hub = loadHubConfig();
  const pageLocale = locale ?? localeFromPath(hub, url.pathname);
  return { hub, policy: loadPolicy(), locale: pageLocale, t: policyText(pageLocale, hub.default_locale) };
}
