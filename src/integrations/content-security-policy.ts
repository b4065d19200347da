import type { AstroUserConfig } from 'astro';
import { createHash } from 'node:crypto';
import type { HubConfig } from '../schemas/hub.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The Content-Security-Policy of every page of the hub, through Astro's `security.csp`: Astro adds
 * the hashes of the scripts and styles it writes into each page, so no inline script or style
 * runs unless the hub wrote it; handler attributes (`onerror=…`) never run. A static build has no
 * response headers, so Astro writes the policy as a `<meta http-equiv>` in each page's head, which
 * browsers enforce for everything after it. `/admin/` is not an Astro-rendered page and keeps the
 * editor's own policy (`src/cms/csp.ts`).
 *
 * Pictures and media come from the hub and from the hosts in `resource_hosts` only; forms submit
 * to the hub only. Search runs Pagefind in module workers of the hub's own, with WebAssembly
 * (`'wasm-unsafe-eval'` allows compiling WebAssembly, not `eval`).
 *
 * `inlineScripts`: the text of each inline script the hub's components write themselves (Astro
 * does not hash `is:inline` scripts); each is allowed by its hash, and nothing else inline is.
 */
export function hubCsp(hub: Pick<HubConfig, 'resource_hosts'>, inlineScripts: readonly string[] = []): CspConfig {
  const resources = ["'self'", ...hub.resource_hosts.map((host) => `https://${host}`)].join(' ');
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      `img-src ${resources}`,
      `media-src ${resources}`,
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "frame-src 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    // Astro hashes the scripts it bundles; an `is:inline` script of the hub is listed by its text.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScripts.map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const) },
    styleDirective: { resources: ["'self'"] },
  };
}
