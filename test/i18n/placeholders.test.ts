import { describe, expect, it } from 'vitest';
import { fillPlaceholders, lookup } from '../../src/i18n/translate.ts';
import { findingOf } from '../../src/policy/rule.ts';

describe('{name} placeholders, filled the same way everywhere', () => {
  it('fills the names given, as plain text, and leaves the others as written', () => {
    expect(fillPlaceholders('{count} posts by {name}, {missing}', { count: 3, name: '<b>Ana</b>' })).toBe('3 posts by <b>Ana</b>, {missing}');
  });

  it('never fills a placeholder from what every object has, such as {constructor} or {toString}', () => {
    // An editor's policy message or a translation may say "{constructor}": it stays as written.
    expect(fillPlaceholders('{constructor} {toString}', {})).toBe('{constructor} {toString}');
    expect(lookup({ en: { k: 'by {constructor}' } }, 'en', 'k', {})).toBe('by {constructor}');
    const rule = { id: 'r', level: 'error' as const, message: 'say {term}, not {constructor}' };
    expect(findingOf(rule, { line: 1, column: 1 }, 'built-in', { term: 'Tidewater' }).message).toBe('say Tidewater, not {constructor}');
  });
});
