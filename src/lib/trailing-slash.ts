/**
 * `path` ending in one `/`, as the hub's base path and page addresses are written
 * (`/hub` → `/hub/`; `/hub/` stays as it is).
 */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}
