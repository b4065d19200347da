import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../src/analytics/decode-export.ts';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeExport', () => {
  it('reads UTF-8, accents and all', () => {
    expect(decodeExport(bytes('source,campaign\nlinkedin,café-zürich\n'))).toEqual({ ok: true, text: 'source,campaign\nlinkedin,café-zürich\n' });
  });

  it('names the line and column of the first byte that is not UTF-8 (a Latin-1 "é")', () => {
    const result = decodeExport(bytes('source,campaign\nlinkedin,caf', [0xe9], ',x\n'));
    expect(result).toMatchObject({ ok: false, line: 2, column: 13 });
    expect(!result.ok && result.reason).toMatch(/^byte 0xE9 is not UTF-8 text: the file was saved in another encoding \(Latin-1 or Windows-1252/);
    expect(!result.ok && result.reason).toContain('"CSV UTF-8 (comma delimited)"');
  });

  it('counts columns in characters, after letters that take several bytes', () => {
    expect(decodeExport(bytes('é,ü,', [0x80]))).toMatchObject({ ok: false, line: 1, column: 5 });
  });

  it('refuses UTF-16 ("Unicode text") by its byte-order mark', () => {
    const result = decodeExport(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]));
    expect(!result.ok && result.reason).toContain('saved as UTF-16');
  });

  it('refuses a file cut off in the middle of a character', () => {
    const result = decodeExport(bytes('a,b\n', [0xc3]));
    expect(result).toMatchObject({ ok: false, line: 2, column: 1 });
    expect(!result.ok && result.reason).toContain('ends in the middle of a character');
  });
});
