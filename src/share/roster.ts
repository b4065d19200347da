import { isAdvocateCode } from './advocate-code.ts';
import { advocateCoder, isEmailAddress, normaliseEmail } from './keyed-code.ts';
import { parseCsv } from '../lib/csv.ts';

/** One person of a roster, with the code their shares are credited to. */
export interface RosterEntry {
  line: number;
  /** Normalised (trimmed, lowercase); empty for rows that give only a code. */
  email: string;
  code: string;
  name: string;
}

export interface RosterProblem {
  line: number;
  message: string;
}

export interface Roster {
  entries: RosterEntry[];
  /** Rows that were skipped, and why. */
  problems: RosterProblem[];
  hasNameColumn: boolean;
  /** Set when the file cannot be read as a roster at all (nothing else is filled in). */
  fatal?: RosterProblem;
}

/**
 * Reads a roster CSV: a header line, then one person per line with an `email` column (their
 * code is keyed by the program team's secret, see keyed-code.ts) or a `code` column, and
 * optionally `name`. `secret` is asked for only when a row has an email: a roster of codes
 * needs none. It may throw, to stop a command that has no secret.
 */
export async function readRoster(text: string, advocate: { code_length: number }, secret: () => string): Promise<Roster> {
  const empty = { entries: [], problems: [], hasNameColumn: false };
  const parsed = parseCsv(text);
  if ('error' in parsed) return { ...empty, fatal: parsed.error };
  const [header, ...rows] = parsed.records;
  const columns = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const column = (name: string) => columns.indexOf(name);
  const [emailAt, codeAt, nameAt] = [column('email'), column('code'), column('name')];
  if (!header || (emailAt === -1 && codeAt === -1)) {
    return {
      ...empty,
      fatal: { line: header?.line ?? 1, message: 'the first line must name the columns, and one of them must be "email" (or "code"), for example: email,name' },
    };
  }
  const roster: Roster = { entries: [], problems: [], hasNameColumn: nameAt !== -1 };
  let codeFor: ((email: string) => Promise<string>) | undefined;
  for (const { line, fields } of rows) {
    const value = (at: number) => (at === -1 ? '' : (fields[at] ?? '').trim());
    const [email, code, name] = [value(emailAt), value(codeAt), value(nameAt)];
    if (fields.every((field) => field.trim() === '')) continue;
    if (email) {
      if (!isEmailAddress(email)) {
        roster.problems.push({ line, message: `"${email}" is not an email address; the row is skipped` });
        continue;
      }
      const normalised = normaliseEmail(email);
      codeFor ??= await advocateCoder(secret(), advocate.code_length);
      roster.entries.push({ line, email: normalised, code: await codeFor(normalised), name });
    } else if (code) {
      if (!isAdvocateCode(code)) {
        roster.problems.push({
          line,
          message: `"${code}" is not a valid advocate code (3 to 32 lowercase letters, digits or hyphens, not starting with a hyphen); the row is skipped`,
        });
        continue;
      }
      roster.entries.push({ line, email: '', code, name });
    } else {
      roster.problems.push({ line, message: `no ${[emailAt !== -1 && 'email', codeAt !== -1 && 'code'].filter(Boolean).join(' or ')} on this row; the row is skipped` });
    }
  }
  return roster;
}
