/** One CSV record and the file line it starts on (1-based), for messages that point at it. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export type CsvResult = { records: CsvRecord[] } | { error: { line: number; message: string } };

/**
 * Reads CSV as spreadsheets write it (RFC 4180): quoted fields may hold commas, quotes ("")
 * and line breaks; CRLF, LF or CR line ends; a UTF-8 byte-order mark is dropped. The separator
 * is taken from the header line: a comma, or the semicolon or tab that spreadsheets in many
 * European locales (Italian among them) use instead.
 */
export function parseCsv(text: string): CsvResult {
  const source = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(source);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < source.length) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) return { error: { line: quoteLine, message: 'a quoted field starts here but its closing quote (") is missing' } };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

/** One CSV line; fields with a separator, quote or line break are quoted. */
export function csvLine(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',');
}

/**
 * A field as a spreadsheet may safely open it: one that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would be run as a formula (CSV injection: a name in a roster such as
 * `=HYPERLINK(…)`), so it gets a leading apostrophe, which spreadsheets show as text. OWASP's rule.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function spreadsheetSafe(field: string): string {
  return FORMULA_STARTS.has(field.charAt(0)) ? `'${field}` : field;
}

const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

function detectSeparator(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((separator) => [separator, outsideQuotes.split(separator).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}
