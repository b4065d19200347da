export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press asks for the search box: `/` (unless the person is typing somewhere,
 * where `/` is just a character) or Ctrl+K / ⌘K.
 */
export function isSearchShortcut(press: KeyPress, typingInField: boolean): boolean {
  if (press.altKey) return false;
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'k') return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !typingInField;
}
