/**
 * The bytes of an export as text. GA4 and "CSV UTF-8" spreadsheets write UTF-8; a file saved in
 * another encoding (Latin-1 or Windows-1252 from an older Excel, UTF-16 "Unicode text") is
 * refused with the place of its first wrong byte, never read with question marks in place of
 * letters: a name or a date read wrong is a row attributed wrong.
 */
export type DecodedExport = { ok: true; text: string } | { ok: false; line: number; column?: number; reason: string };

const SAVE_AGAIN =
  'export it from Google Analytics again, or in your spreadsheet use "Save as" → "CSV UTF-8 (comma delimited)", and import that file';

export function decodeExport(bytes: Uint8Array): DecodedExport {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, line: 1, reason: `the file is saved as UTF-16 ("Unicode text"), not UTF-8: ${SAVE_AGAIN}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, ...firstInvalidByte(bytes) };
  }
}

/** Line and column (in characters) of the first byte that is not UTF-8, and what to do about it. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; reason: string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let column = 1;
  // The first byte of the character being decoded: a wrong byte shows as the one before it failing.
  let sequenceStart = 0;
  for (let at = 0; at < bytes.length; at += 1) {
    let decoded: string;
    try {
      decoded = decoder.decode(bytes.subarray(at, at + 1), { stream: true });
    } catch {
      const byte = (bytes[sequenceStart] as number).toString(16).toUpperCase().padStart(2, '0');
      return {
        line,
        column,
        reason:
          `byte 0x${byte} is not UTF-8 text: the file was saved in another encoding (Latin-1 or Windows-1252, as older Excel versions do, ` +
          `which write letters such as "é" or "ü" that way); ${SAVE_AGAIN}`,
      };
    }
    if (decoded === '') continue;
    sequenceStart = at + 1;
    for (const char of decoded) {
      if (char === '\n') {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
    }
  }
  // Only a sequence cut off at the very end remains.
  return { line, column, reason: `the file ends in the middle of a character: it was cut off or is not UTF-8 text; ${SAVE_AGAIN}` };
}
