/** Copies text; resolves false when the browser refuses, so the panel can tell the person to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text);
  }
}

// For pages served without HTTPS and older browsers, where navigator.clipboard is missing.
function legacyCopy(text: string): boolean {
  const focused = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    // Deprecated, but still the only way to copy on a page served over plain HTTP (an intranet hub).
    ok = (document as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus();
  return ok;
}
