import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/search/shortcut.ts';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('the search shortcut', () => {
  it('is / when the person is not typing in a field', () => {
    expect(isSearchShortcut(press('/'), false)).toBe(true);
    expect(isSearchShortcut(press('/'), true)).toBe(false);
  });

  it('is Ctrl+K or ⌘K, even while typing', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }), false)).toBe(true);
  });

  it('is not K alone, nor with Alt', () => {
    expect(isSearchShortcut(press('k'), false)).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});
