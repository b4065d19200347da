import type { HubConfig } from '../schemas/hub.ts';
import { withTrailingSlash } from '../lib/trailing-slash.ts';

/**
 * URLs of the hub. The default locale lives at the root (`/posts/…`), the others under
 * their code (`/it/posts/…`), all below the configured base path, always with a trailing slash.
 */
export function localePrefix(hub: Pick<HubConfig, 'default_locale'>, locale: string): string {
  return locale === hub.default_locale ? '' : locale;
}

/** The path of a hub page, e.g. `pathTo(hub, 'it', 'posts', 'e-bike')` → `/it/posts/e-bike/`. */
export function pathTo(hub: Pick<HubConfig, 'default_locale' | 'base'>, locale: string, ...segments: string[]): string {
  const parts = [localePrefix(hub, locale), ...segments].filter((part) => part !== '');
  const base = withTrailingSlash(hub.base);
  return parts.length === 0 ? base : `${base}${parts.map(encodeURIComponent).join('/')}/`;
}

/** The same page in every locale, for the language switcher and hreflang links. */
export function inEveryLocale(hub: Pick<HubConfig, 'default_locale' | 'base' | 'locales'>, ...segments: string[]): Record<string, string> {
  return Object.fromEntries(hub.locales.map(({ code }) => [code, pathTo(hub, code, ...segments)]));
}

/** The absolute URL of a hub path. */
export function absoluteUrl(hub: Pick<HubConfig, 'site'>, path: string): string {
  return new URL(path, hub.site).href;
}

/** `getStaticPaths` value of the `[...lang]` segment: undefined at the root for the default locale. */
export function langParam(hub: Pick<HubConfig, 'default_locale'>, locale: string): string | undefined {
  return locale === hub.default_locale ? undefined : locale;
}

/** Every locale with its route parameter, for `getStaticPaths`. */
export function localeParams(hub: HubConfig): { params: { lang: string | undefined }; props: { locale: string } }[] {
  return hub.locales.map(({ code }) => ({ params: { lang: langParam(hub, code) }, props: { locale: code } }));
}

/** The locale of a hub path (`/it/faq/` → `it`), for components that MDX content places without props. */
export function localeFromPath(hub: Pick<HubConfig, 'default_locale' | 'base' | 'locales'>, pathname: string): string {
  const rest = pathname.startsWith(hub.base) ? pathname.slice(hub.base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return hub.locales.some(({ code }) => code === first) ? first : hub.default_locale;
}
