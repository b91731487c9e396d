/**
 * The frame around every message: greeting, sign-off and signature by tone and channel, and
 * the helpers templates use to leave out sentences whose facts the record lacks.
 */
import { isCandidateKind, type Channel, type Tone } from '../types.ts';
import type { Facts } from './facts.ts';

/** A paragraph, or a falsy value when the record lacks what it needs (`f.topic && '…'`). */
export type Part = string | false | undefined | null;

export interface Composition {
  /** Used on email only. */
  subject?: string;
  paragraphs: Part[];
}

/** One composer per tone, so formal and casual are written, not substituted. */
export type Template = Record<Tone, (f: Facts) => Composition>;

const CLOSINGS: Record<Channel, Record<Tone, string>> = {
  email: { formal: 'Kind regards,', casual: 'Best,' },
  linkedin: { formal: 'Best regards,', casual: 'Thanks,' },
  letter: { formal: 'Sincerely,', casual: 'Warmly,' },
};

/** Sentences whose facts are present, joined into one paragraph. */
export function sentences(...parts: Part[]): string {
  return parts.filter(Boolean).join(' ');
}

export function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** "Dana" in a casual draft, "Dana Kim" in a formal one, the company's team with no contact. */
export function nameOf(f: Facts, contact = f.contact): string {
  if (!contact) return f.tone === 'formal' ? `the ${f.company} hiring team` : `the ${f.company} team`;
  return f.tone === 'formal' ? contact.name : firstName(contact.name);
}

export function greeting(f: Facts): string {
  if (f.tone === 'formal') return f.contact ? `Dear ${f.contact.name},` : `Dear ${f.company} Hiring Team,`;
  return `Hi ${f.contact ? firstName(f.contact.name) : `${f.company} team`},`;
}

/** The candidate's name, and on email their contact line (the guide: name and contact information). */
export function signOff(f: Facts): string {
  const lines = [CLOSINGS[f.channel][f.tone], f.candidate.name];
  if (f.channel === 'email') lines.push(f.candidate.email);
  return lines.join('\n');
}

/**
 * Greeting, paragraphs and sign-off as one body; the subject only where the channel has one.
 * @example assemble(f, { subject: 'Thank you', paragraphs: ['Thank you for…', f.topic && '…'] }).body
 */
export function assemble(f: Facts, c: Composition): { subject?: string; body: string } {
  const paragraphs = c.paragraphs.filter((p): p is string => Boolean(p));
  // Advice for the candidate is read, not sent: no greeting, no signature, no subject.
  if (isCandidateKind(f.kind)) return { body: paragraphs.join('\n\n') };
  const body = [greeting(f), ...paragraphs, signOff(f)].join('\n\n');
  return f.channel === 'email' ? { subject: c.subject, body } : { body };
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
