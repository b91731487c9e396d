/**
 * How a contact is named: in a greeting, formal or casual, and in running text. Honorifics and
 * suffixes come from humanparser ("Dr. Priya Raman", "Angela Brooks PhD"); `preferredName` wins
 * in greetings. Names written family name first (Nguyễn Thị Lan, 田中 Yuki) cannot be split by a
 * parser, so without `preferredName` the greeting uses the whole name as written ("Dear Nguyễn Thị
 * Lan,") and a finding asks for it: a careful candidate does not guess which part they go by.
 */
import type { Contact } from '@followup/core/record';
import humanparser from 'humanparser';

export interface PersonName {
  /** As the record has it. */
  full: string;
  /** The name to greet by casually: `preferredName`, else the given name, else the whole name. */
  given: string;
  /**
   * The formal greeting's name: the honorific and family name when the record gives an honorific
   * ("Dr. Brooks", "Mr. Hale"), else the given name (a full name reads like a mail merge).
   */
  formal: string;
  /** The honorific the record gives ("Dr.", "Mr.", "Prof."), with its period: en-GB drops it. */
  title?: string;
  /** For running text: the name without degree suffixes ("Dr. Angela Brooks"). */
  display: string;
  /** The family name comes first and no `preferredName` says what to call them. */
  needsPreferredName: boolean;
}

/** Suffixes that make someone a doctor, so the formal greeting is "Dear Dr. Brooks". */
const DOCTORATES = new Set(['phd', 'ph.d.', 'ph.d', 'md', 'm.d.', 'dphil', 'edd', 'dds', 'dvm', 'dr.', 'dr']);
const TITLES = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev']);

/**
 * Family names most often written first: Vietnamese (Nguyễn, Trần, …), and any name whose first
 * word is in Han, Hangul or Kana script. A list of names, not a rule of grammar.
 */
const FAMILY_FIRST = new Set(['nguyễn', 'nguyen', 'trần', 'tran', 'lê', 'phạm', 'pham', 'hoàng', 'hoang', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý']);
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const bare = (word: string) => word.toLowerCase().replace(/\.$/, '');

/** Whether the name's first word is a family name (by script, or by a list of common ones). */
export function familyNameFirst(name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  return EAST_ASIAN.test(first) || FAMILY_FIRST.has(first.toLowerCase());
}

/** Whether a word is an honorific ("Dr.", "Ms", "Prof."), which never works as a greeting on its own. */
export function isHonorific(word: string): boolean {
  return TITLES.has(bare(word));
}

/** Academic titles a salutation writes in full before a surname ("Professor Oakes"); "Dr" stays abbreviated in every style. */
const IN_FULL: Record<string, string> = { prof: 'Professor' };

/**
 * A titled name with its academic title spelled out, as every formal salutation writes it.
 * @example titleInFull('Prof. Oakes') // 'Professor Oakes'
 */
export function titleInFull(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  const full = IN_FULL[bare(first)];
  return full && rest.length ? [full, ...rest].join(' ') : name;
}

const cache = new Map<string, PersonName>();

/**
 * @example personName({ name: 'Angela Brooks PhD', relation: 'interviewer' }).formal // 'Dr. Brooks'
 * @example personName({ name: 'Nguyễn Thị Lan', preferredName: 'Lan', relation: 'interviewer' }).given // 'Lan'
 */
export function personName(contact: Pick<Contact, 'name' | 'preferredName'>): PersonName {
  const key = `${contact.name}\u0000${contact.preferredName ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const full = contact.name.trim();
  // humanparser knows "Prof." but not the word spelled out: "Professor Margaret Oakes" would parse as a given name "Professor".
  const parsed = humanparser.parseName(full.replace(/^Professor\s+/i, 'Prof. '));
  const salutation = parsed.salutation?.replace(/\.?$/, '.');
  const doctor = (salutation && bare(salutation) === 'dr') || (parsed.suffix ? DOCTORATES.has(parsed.suffix.toLowerCase()) : false);
  const familyFirst = familyNameFirst(full.replace(/^\S+\.\s+/, ''));
  const last = parsed.lastName;
  const title = doctor ? 'Dr.' : salutation && isHonorific(salutation) ? salutation : undefined;
  const withoutSuffix = [salutation ?? (doctor ? 'Dr.' : undefined), parsed.firstName, parsed.middleName, parsed.lastName].filter(Boolean).join(' ');
  const plain = [parsed.firstName, parsed.middleName, parsed.lastName].filter(Boolean).join(' ') || full;
  const given = contact.preferredName?.trim() || (familyFirst ? plain : parsed.firstName && !isHonorific(parsed.firstName) ? parsed.firstName : plain);
  const name: PersonName = {
    full,
    given,
    formal: title && last && !familyFirst ? `${title} ${last}` : given,
    ...(title && last && !familyFirst && { title }),
    display: withoutSuffix || full,
    needsPreferredName: familyFirst && !contact.preferredName,
  };
  cache.set(key, name);
  return name;
}
