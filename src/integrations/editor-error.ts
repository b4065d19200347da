import { AstroError } from 'astro/errors';

/**
 * An error for an editor's mistake, which Astro prints as the headline, then the hint. The
 * report goes in the hint, not the headline: Astro swaps the hint of any error whose headline
 * mentions "window" or "document" for advice about browser APIs. No stack trace: it would point
 * into this file, which is not where the mistake is; and the name Astro prints in brackets is
 * what the editor knows, not the class's.
 */
export function editorError(headline: string, report: string, name = 'content check'): AstroError {
  const error = new AstroError(headline, report);
  error.name = name;
  error.stack = '';
  return error;
}
