import type { Term } from '../../schemas/policy.ts';
import type { TermSpec } from './terms.ts';

/** Policy terms (plain or with their own case setting) as matcher input. */
export function termSpecs<T>(terms: readonly Term[], caseSensitive: boolean, entry: T): TermSpec<T>[] {
  return terms.map((term) =>
    typeof term === 'string' ? { term, caseSensitive, entry } : { term: term.term, caseSensitive: term.case_sensitive, entry },
  );
}
