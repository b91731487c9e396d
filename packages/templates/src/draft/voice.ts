/**
 * The frame around every message: greeting, sign-off and signature by tone and channel, and
 * the helpers templates use to leave out sentences whose facts the record lacks and to fit a
 * note into a sentence by its grammatical form.
 */
import type { Contact } from '@followup/core/record';
import { isCandidateKind, type Channel, type Tone } from '../types.ts';
import type { Facts } from './facts.ts';
import { personName, titleInFull } from './person.ts';
import { isNounLike, toSecondPerson, type Phrase } from './phrase.ts';
import { fitSubject } from './subject.ts';

/** A paragraph, or a falsy value when the record lacks what it needs (`f.topic && '…'`). */
export type Part = string | false | undefined | null;

export interface Composition {
  /** Used on email only: the first that fits the subject limit, so list the richest first. */
  subject?: string | Part[];
  paragraphs: Part[];
}

/** One composer per tone, so formal and casual are written, not substituted. */
export type Template = Record<Tone, (f: Facts) => Composition>;

/** LinkedIn shows who sent a message, so it carries no letter sign-off. */
const CLOSINGS: Record<Exclude<Channel, 'linkedin'>, Record<Tone, string>> = {
  email: { formal: 'Kind regards,', casual: 'Best,' },
  letter: { formal: 'Sincerely,', casual: 'Warmly,' },
};

/**
 * A British formal letter closes by its salutation: "Yours sincerely," after "Dear Mr Hale,"
 * (a named reader), "Yours faithfully," after "Dear … Hiring Team," (no name). US letters keep
 * "Sincerely,"; email keeps "Kind regards," on both sides of the Atlantic.
 */
function closing(f: Facts, channel: Exclude<Channel, 'linkedin'>): string {
  if (channel === 'letter' && f.tone === 'formal' && f.british) return f.contact ? 'Yours sincerely,' : 'Yours faithfully,';
  return CLOSINGS[channel][f.tone];
}

/** Sentences whose facts are present, joined into one paragraph. */
export function sentences(...parts: Part[]): string {
  return parts.filter(Boolean).join(' ');
}

/** A contact's given name, from the name parser (`preferredName` first). */
export function firstName(contact: Pick<Contact, 'name' | 'preferredName'>): string {
  return personName(contact).given;
}

/** How running text names someone: "Dr. Priya Raman", "Dana Kim". */
export function displayName(contact: Pick<Contact, 'name' | 'preferredName'>): string {
  return personName(contact).display;
}

/** "Dana Kim", "Dana Kim and Raj Patel", "Dana Kim, Raj Patel and Lena Ortiz". */
export function listOf(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** en-GB drops the honorific's period: "Mr Hale", "Dr Raman". */
const britishTitle = (name: string) => name.replace(/^(Mr|Mrs|Ms|Mx|Dr|Prof)\. /, '$1 ');

/**
 * A titled name as this draft writes it: an academic title spelled out before the surname alone
 * ("Professor Oakes", never "Prof Oakes"), on every channel, as careful correspondence writes it
 * (only "Dr" stays abbreviated, in every style); en-GB without the honorific's period ("Mr Hale").
 */
function titled(f: Pick<Facts, 'british'>, name: string): string {
  const full = titleInFull(name);
  return f.british ? britishTitle(full) : full;
}

/**
 * A formal mention of someone else: with an honorific, the same form the greeting uses ("Mr Hale"
 * in en-GB), not title plus full name; without one, the full name ("Dana Kim").
 */
function formalMention(f: Facts, c: Contact): string {
  const name = personName(c);
  if (!name.title || name.formal === name.given) return name.display;
  return titled(f, name.formal);
}

/** Who the conversation was with, as running text names them, or undefined when nobody is recorded. */
export function withWhom(f: Facts, tone = f.tone): string | undefined {
  const people = f.attendees.filter((c) => c !== f.contact);
  if (!people.length) return undefined;
  return listOf(people.map((c) => (tone === 'formal' ? formalMention(f, c) : firstName(c))));
}

/** "Dana" in a casual draft, "Dana Kim" in a formal one, the company's team with no contact. */
export function nameOf(f: Facts, contact = f.contact): string {
  if (!contact) return f.tone === 'formal' ? `the ${f.company} hiring team` : `the ${f.company} team`;
  return f.tone === 'formal' ? displayName(contact) : firstName(contact);
}

/** Drafts that answer a message the employer sent: the offer, the decision. */
export function isReply(f: Pick<Facts, 'kind'>): boolean {
  return f.kind === 'offer_reply' || f.kind === 'feedback_request';
}

/**
 * "Dear Dr. Raman," (en-GB "Dear Mr Hale,") or "Dear Dana," formally, "Hi Priya," casually;
 * "Hello …," on LinkedIn. With no contact, every draft of the record greets the team the same
 * way ("Dear Globex Hiring Team,", "Hi Brightwell team,"), replies to an offer or a decision included. A name written family name first with no `preferredName` cannot be
 * split without guessing which part they go by, so it is greeted by the whole name as the record
 * writes it, in the neutral form a whole name takes: "Dear Nguyễn Thị Lan," formally, "Hello
 * 田中 Yuki," otherwise ("Hi" and a full name read like a mail merge). draft.ts adds the finding
 * that asks for `preferredName`.
 */
export function greeting(f: Facts): string {
  const name = f.name;
  if (name?.needsPreferredName) return f.tone === 'formal' && f.channel !== 'linkedin' ? `Dear ${name.full},` : `Hello ${name.full},`;
  const formal = name && titled(f, name.formal);
  if (f.channel === 'linkedin') return `${f.tone === 'formal' ? 'Hello' : 'Hi'} ${name ? (f.tone === 'formal' ? formal : name.given) : `${f.company} team`},`;
  if (f.tone === 'formal') return name ? `Dear ${formal},` : `Dear ${f.company} Hiring Team,`;
  return `Hi ${name ? name.given : `${f.company} team`},`;
}

/** The candidate's name, and on email their contact line (the guide: name and contact information). */
export function signOff(f: Facts): string | undefined {
  if (f.channel === 'linkedin') return undefined;
  const lines = [closing(f, f.channel), f.candidate.name];
  if (f.channel === 'email') lines.push(f.candidate.email);
  return lines.join('\n');
}

/**
 * A note in a sentence by its form: `noun` gets the phrase where a noun goes ("our discussion
 * of ___"); a clause or a question gets a sentence of its own, ending with its own mark.
 * `person` says whose voice the clause is in: the candidate's ("I led …") or advice ("you led …").
 * @example fit(phrase('Did churn spike?'), (t) => `I enjoyed discussing ${t}.`, (s) => `One question stayed with me: ${s}`) // 'One question stayed with me: did churn spike?'
 */
export function fit(p: Phrase, noun: (text: string) => string, clause: (sentence: string) => string, person: 'I' | 'you' = 'I'): string {
  const text = person === 'you' ? toSecondPerson(p.text) : p.text;
  if (isNounLike(p)) return noun(text);
  if (p.form === 'question') return clause(`${text}?`);
  if (p.form === 'predicate') return clause(`${person} ${text}.`);
  return clause(`${text}.`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The house style's finishing: en-US closes a date with a comma when the sentence goes on
 * ("on Tuesday, March 11, to discuss"); en-GB writes "Tuesday 11 March" without one.
 */
function closeDates(text: string, dates: string[]): string {
  let out = text;
  for (const date of dates) {
    if (!date.includes(',')) continue;
    out = out.replace(new RegExp(`${escapeRegExp(date)} (?=\\p{L})`, 'gu'), `${date}, `);
  }
  return out;
}

/** The US spellings the templates use, and their en-GB forms; the candidate's notes are left as typed. */
const BRITISH: Record<string, string> = {
  organized: 'organised',
  apologize: 'apologise',
  prioritize: 'prioritise',
  prioritizing: 'prioritising',
  realize: 'realise',
  recognize: 'recognise',
  specialize: 'specialise',
  color: 'colour',
  favorite: 'favourite',
  behavior: 'behaviour',
};
const US_WORD = new RegExp(`\\b(${Object.keys(BRITISH).join('|')})\\b`, 'gi');

/** "organized" → "organised" for an en-GB candidate. */
export function britishSpelling(text: string): string {
  return text.replace(US_WORD, (w) => {
    const gb = BRITISH[w.toLowerCase()]!;
    return w[0] === w[0]!.toUpperCase() ? gb[0]!.toUpperCase() + gb.slice(1) : gb;
  });
}

/**
 * Greeting, paragraphs and sign-off as one body; the subject only where the channel has one.
 * @example assemble(f, { subject: 'Thank you', paragraphs: ['Thank you for…', f.topic && '…'] }).body
 */
export function assemble(f: Facts, c: Composition): { subject?: string; body: string } {
  const dates = [f.date, ...(f.decision ? [f.decision.date] : [])];
  const paragraphs = c.paragraphs
    .filter((p): p is string => Boolean(p))
    .map((p) => closeDates(p, dates))
    .map((p) => (f.british ? britishSpelling(p) : p));
  // Advice for the candidate is read, not sent: no greeting, no signature, no subject.
  if (isCandidateKind(f.kind)) return { body: paragraphs.join('\n\n') };
  const body = [greeting(f), ...paragraphs, signOff(f)].filter(Boolean).join('\n\n');
  const subject = typeof c.subject === 'string' ? c.subject : c.subject && fitSubject(c.subject);
  return f.channel === 'email' ? { subject, body } : { body };
}

/** Advice for the candidate reads the same whatever the company's culture. */
export function anyTone(compose: (f: Facts) => Composition): Template {
  return { formal: compose, casual: compose };
}

/** A checklist: one `- ` line per item whose facts are present. */
export function checklist(...items: Part[]): string {
  return items
    .filter(Boolean)
    .map((item) => `- ${item}`)
    .join('\n');
}
