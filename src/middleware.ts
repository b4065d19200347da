import { defineMiddleware } from 'astro:middleware';
import hub from 'virtual:hub/settings';
import { localeFromPath } from './i18n/routes.ts';
import { translator } from './i18n/translator.ts';

/**
 * Sets up every page once, before it is drawn (at build time for the static pages): the hub
 * settings, the page's language (from its address) and the translator for that language, on
 * `Astro.locals`, so no component needs them handed down.
 */
export const onRequest = defineMiddleware((context, next) => {
  // The one 404 page is in the default language: static hosts serve /404.html for every address.
  const locale = context.routePattern === '/404' ? hub.default_locale : localeFromPath(hub, context.url.pathname);
  context.locals.hub = hub;
  context.locals.locale = locale;
  context.locals.t = translator(locale, hub.default_locale);
  return next();
});
