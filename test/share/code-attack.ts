// What an outsider can try against advocate codes with everything a visitor downloads: the
// attack of issue 16, which reversed every salted-hash code of the demo in a second.
import { createHmac, hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { base32 } from '../../src/share/advocate-code.ts';

/**
 * Files that are the same in every hub, whatever its content: the browser editor's bundle, fonts
 * and licences (copied from the @sveltia/cms package, see src/cms/bundle.ts) and Pagefind's own
 * runtime (scripts, styles, WebAssembly). They cannot hold anything of one hub, so the attack
 * does not spend its time taking their 60,000 words as salts.
 */
export function isSameInEveryHub(path: string): boolean {
  return (
    path === 'admin/cms.js' ||
    path === 'admin/licences.txt' ||
    path.startsWith('admin/fonts/') ||
    /^pagefind\/(pagefind[\w-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/.test(path)
  );
}

/** Every file under `dir` as text, and gzip files (Pagefind's index) unpacked too, as a visitor can. */
export function visitorFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    let text = bytes.toString('utf8');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        text = gunzipSync(bytes).toString('utf8');
      } catch {
        /* not gzip after all */
      }
    }
    files.set(path.slice(dir.length + 1), text);
  }
  return files;
}

/**
 * Strings of the files that could be a salt or a key: runs of the characters that salts, tokens
 * and identifiers are written with, and every quoted string (salts with spaces), 4 to 200 long.
 */
export function saltCandidates(files: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of files) {
    for (const token of text.split(/[^A-Za-z0-9_.:@+=/-]+/)) if (token.length >= 4 && token.length <= 200) found.add(token);
    for (const quoted of text.matchAll(/"([^"\\\n]{4,200})"|'([^'\\\n]{4,200})'/g)) found.add(quoted[1] ?? quoted[2] ?? '');
  }
  found.delete('');
  return found;
}

const FIRST = [
  'adam', 'aisha', 'alex', 'ana', 'andrea', 'ben', 'chen', 'chiara', 'daniel', 'david', 'elena', 'emma', 'farid', 'fatima',
  'francesca', 'giulia', 'hana', 'hannah', 'ibrahim', 'james', 'jun', 'kai', 'laura', 'lee', 'luca', 'marco', 'maria',
  'mei', 'michael', 'nadia', 'nurul', 'omar', 'paolo', 'priya', 'rahul', 'sara', 'siti', 'sofia', 'tomas', 'wei', 'arjun', 'bella', 'carlos', 'dewi', 'ethan', 'grace', 'hui',
  'irene', 'kevin', 'lina',
];
const LAST = [
  'abdullah', 'ahmad', 'bianchi', 'brown', 'chua', 'colombo', 'conti', 'costa', 'ferrari', 'ferreira', 'garcia', 'gomez',
  'hassan', 'ismail', 'kumar', 'lim', 'lopez', 'martin', 'muller', 'nair', 'ng', 'nguyen', 'okafor', 'ong', 'patel',
  'rahman', 'ricci', 'romano', 'rossi', 'santos', 'silva', 'singh', 'smith', 'tan', 'taylor', 'wang', 'wong', 'yusof',
  'zhang', 'greco',
];

/** How a company may write a person's address: ana.lim, analim, a.lim, alim, ana_lim, ana-lim, lim.ana. */
export function addressesFor(first: string, last: string, domain: string): string[] {
  const f = plain(first).replace(/\s+/g, '');
  const l = plain(last).replace(/\s+/g, '');
  return [...new Set([`${f}.${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}-${l}`, `${l}.${f}`])].map((local) => `${local}@${domain}`);
}

/** "Tomás Ferreira" → tomas, ferreira: how names become addresses. */
function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every way of writing these people's addresses at `domain` (first names of two words too). */
export function personAddresses(people: readonly string[], domain: string): string[] {
  const list = new Set<string>();
  for (const person of people) {
    const words = plain(person).split(/\s+/);
    const last = words.at(-1) ?? '';
    for (const first of [words.slice(0, -1).join(''), words[0] ?? '', words.slice(0, -1).join('.')]) {
      for (const address of addressesFor(first, last, domain)) list.add(address);
    }
  }
  return [...list];
}

/** `count` plausible staff addresses at `domain`: the given people first, then common names of the region. */
export function staffAddresses(people: readonly string[], domain: string, count: number): string[] {
  const list = new Set(personAddresses(people, domain));
  for (const first of FIRST) for (const last of LAST) for (const address of addressesFor(first, last, domain)) if (list.size < count) list.add(address);
  return [...list].slice(0, count);
}

/** One way to turn an address into a code, with the salt or key it uses. */
export interface Derivation {
  name: string;
  salt: string;
  digest: (email: string) => Buffer;
}

/** The salted derivations a visitor would try with one candidate salt or key. */
export function saltedDerivations(salt: string): Derivation[] {
  const sha = (text: string) => hash('sha256', text, 'buffer');
  return [
    { name: 'sha256(salt:email)', salt, digest: (email) => sha(`${salt}:${email}`) },
    { name: 'sha256(salt+email)', salt, digest: (email) => sha(`${salt}${email}`) },
    { name: 'sha256(email+salt)', salt, digest: (email) => sha(`${email}${salt}`) },
    { name: 'sha256(email:salt)', salt, digest: (email) => sha(`${email}:${salt}`) },
    { name: 'hmac-sha256(salt, email)', salt, digest: (email) => createHmac('sha256', salt).update(email).digest() },
  ];
}

/** Derivations without a salt: plain hashes of the address. */
export function unsaltedDerivations(): Derivation[] {
  return ['sha256', 'sha1', 'md5', 'sha512'].map((algorithm) => ({
    name: algorithm,
    salt: '',
    digest: (email: string) => hash(algorithm, email, 'buffer'),
  }));
}

/** How a digest may be written as a code: lowercase base32 (what the hub writes) or hex. */
function writtenAs(digest: Buffer, length: number): string[] {
  return [base32(digest.subarray(0, Math.ceil((length * 5) / 8))).slice(0, length), digest.toString('hex').slice(0, length)];
}

export interface Link {
  email: string;
  code: string;
  derivation: string;
  salt: string;
}

/** Every address that some derivation turns into one of the codes. */
export function linkAddresses(addresses: readonly string[], derivations: Iterable<Derivation>, codes: ReadonlySet<string>): Link[] {
  const lengths = [...new Set([...codes].map((code) => code.length))];
  const links: Link[] = [];
  for (const derivation of derivations) {
    for (const email of addresses) {
      const digest = derivation.digest(email);
      for (const length of lengths) {
        for (const code of writtenAs(digest, length)) {
          if (codes.has(code)) links.push({ email, code, derivation: derivation.name, salt: derivation.salt });
        }
      }
    }
  }
  return links;
}

export interface AttackInput {
  /** Everything a visitor can download. */
  files: Map<string, string>;
  /** Codes the attacker has seen in full (shared links carry them in utm_term, personal links in ?advocate=). */
  codes: ReadonlySet<string>;
  /** Names the public leaderboard shows. */
  namedPeople: readonly string[];
  /** The company's email domain. */
  domain: string;
  /** The hub's own names (organisation, site host): salts anyone would try on the whole list. */
  hubWords: readonly string[];
  /** The list of plausible staff addresses. */
  addresses: readonly string[];
}

export interface AttackResult {
  links: Link[];
  saltsTried: number;
  derivationsSwept: number;
}

/**
 * The attack, as an outsider would run it:
 * 1. find the derivation: every string of the visitor's files as salt or key, in every form,
 *    tried on the addresses of the people the leaderboard names (public names, so the cheapest
 *    place to confirm a guess), against every code seen;
 * 2. sweep the whole address list with every derivation that needs no salt, with the hub's own
 *    names as salt, and with every derivation step 1 confirmed.
 */
export function attackCodes(input: AttackInput): AttackResult {
  const salts = saltCandidates([...input.files].filter(([path]) => !isSameInEveryHub(path)).map(([, text]) => text));
  const probe = personAddresses(input.namedPeople, input.domain);
  const confirmed = new Map<string, Derivation>();
  for (const salt of salts) {
    for (const derivation of saltedDerivations(salt)) {
      if (linkAddresses(probe, [derivation], input.codes).length > 0) confirmed.set(`${derivation.name} ${salt}`, derivation);
    }
  }
  const sweep = [...unsaltedDerivations(), ...[input.domain, ...input.hubWords].flatMap(saltedDerivations), ...confirmed.values()];
  return { links: linkAddresses(input.addresses, sweep, input.codes), saltsTried: salts.size, derivationsSwept: sweep.length };
}
