/**
 * The Content-Security-Policy of /admin/: the editor may talk to this site and to the git host
 * (and the OAuth client, when one is configured), and to nothing else. It blocks the editor's
 * own calls to a CDN (its version check) and to the host's status page, and any script, style or
 * font from elsewhere.
 */
export function editorCsp(backend: Readonly<Record<string, string | boolean>>): string {
  const origins = new Set<string>();
  if (backend.name === 'gitlab') origins.add(typeof backend.api_root === 'string' ? new URL(backend.api_root).origin : 'https://gitlab.com');
  else if (typeof backend.api_root === 'string') origins.add(new URL(backend.api_root).origin);
  else ['https://api.github.com', 'https://github.com', 'https://raw.githubusercontent.com'].forEach((origin) => origins.add(origin));
  if (typeof backend.base_url === 'string') origins.add(new URL(backend.base_url).origin);
  const connect = ["'self'", 'blob:', 'data:', ...origins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    // Pictures in the content and people's avatars come from the git host.
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob: https:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}
