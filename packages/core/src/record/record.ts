/**
 * The interview record: what other services send followup (REST, webhooks, CLI).
 * Field names are a public contract; every error names its field as a dotted path.
 */
import { z } from 'zod';
import { isKnownCalendar } from '../calendar/holidays.ts';
import { closureIssues, MAX_CLOSURES } from '../company/closures.ts';
import { ValidationError, type FieldError } from '../errors/errors.ts';
import { isTimeZone } from '../time/zone.ts';
import { choosePrimary } from './contacts.ts';
import { headerText, linkUrl, noteText } from './text.ts';

const HOUR_MS = 3_600_000;

// "is required" reads better than zod's "expected string, received undefined" for a missing field.
z.config({ customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined) });

/** A field's own message for a wrong value, and "is required" for a missing one. */
const must = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message) });

/** One line that may reach a header or a subject (see `text.ts`). */
const text = headerText;
const instant = z.iso.datetime({ offset: true, ...must('must be an ISO 8601 instant with an offset, e.g. 2025-01-14T10:00:00-05:00') });
const localDate = z.iso.date(must('must be a real date written YYYY-MM-DD'));
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (00:00 to 23:59)');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. US');
const regionCode = z.string().regex(/^[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 subdivision code, e.g. CA');
const url = linkUrl;
/** RFC 5321 caps an address at 254 characters; the address is also part of an index key. */
const email = z.email(must('must be an email address')).max(254);
/** The record's field types, for the other documents that share them (tenant settings). */
export const fields = { text, localDate, clock, countryCode, regionCode, must };

const timeZone = z.string().refine(isTimeZone, 'must be an IANA time zone, e.g. America/New_York');
const topics = z.array(text(200)).max(20).default([]);

export const CULTURES = ['formal', 'casual'] as const;
export const HIRING_PACES = ['normal', 'slow', 'very_slow'] as const;
export const CONTACT_RELATIONS = ['interviewer', 'hiring_manager', 'recruiter', 'hr', 'other'] as const;

/*
 * The record's parts. `candidateSchema`, `companySchema` and `contactSchema` strip unknown keys:
 * providers' payloads embed them (Standard Webhooks' `interview.booked`) and stay loose. The
 * record itself is strict at every level (`strict` below): an unknown field is a 422 naming it.
 */
export const candidateSchema = z.object({
  name: text(200),
  email: email,
  timeZone,
  country: countryCode.optional(),
  region: regionCode.optional(),
});

/** A company's own closure: skipped like a public holiday (`company/closures.ts`). */
export const closureSchema = z.strictObject({ from: localDate, to: localDate, label: text(100) });

export const companySchema = z.object({
  name: text(200),
  /** The integrator's id for the company: the key its tenant keeps the company's closures under. */
  id: text(200).optional(),
  /** This interview's own closures of the company, beside the ones the tenant keeps. */
  closures: z.array(closureSchema).max(MAX_CLOSURES).optional(),
  country: countryCode.optional(),
  region: regionCode.optional(),
  culture: z.enum(CULTURES).optional(),
  hiringPace: z.enum(HIRING_PACES).optional(),
  jobPostingUrl: url.optional(),
});

export const contactSchema = z.object({
  name: text(200),
  email: email.optional(),
  title: text(200).optional(),
  relation: z.enum(CONTACT_RELATIONS),
  linkedinUrl: url.optional(),
  primary: z.boolean().optional(),
  preferredChannel: z.enum(['email', 'linkedin']).optional(),
  /** The name to greet them by ("Lan" for Nguyễn Thị Lan); drafts fall back to the parsed given name. */
  preferredName: text(100).optional(),
  /** Whether they were in the conversation; absent: true for interviewers and hiring managers, false otherwise (see `attended`). */
  attended: z.boolean().optional(),
});

export const interviewSchema = z.strictObject({
  startsAt: instant,
  endsAt: instant.optional(),
  format: z.enum(['video', 'phone', 'onsite']).optional(),
  round: z.number().int().min(1).max(20).optional(),
});

export const notesSchema = z.strictObject({
  topics,
  projects: topics,
  skills: topics,
  strengths: topics,
  concerns: topics,
  /** The candidate's own answer to a concern; the thank-you addresses a concern only with one. */
  answers: z.array(z.strictObject({ concern: text(200), answer: noteText(500) })).max(20).optional(),
  rapport: z.enum(['strong', 'neutral']).optional(),
});

export const preferencesSchema = z.strictObject({
  maxFollowUps: z.union([z.literal(1), z.literal(2), z.literal(3)], must('must be 1, 2 or 3')).optional(),
  linkedin: z.boolean().optional(),
  handwrittenNote: z.boolean().optional(),
  sendWindow: z.strictObject({ start: clock, end: clock }).optional(),
});

/** The record as it arrives, before defaults and cross-field rules. */
export const interviewRecordSchema = z
  .strictObject({
    externalId: text(200).optional(),
    candidate: z.strictObject(candidateSchema.shape),
    company: z.strictObject(companySchema.shape),
    role: text(200),
    interview: interviewSchema,
    contacts: z.array(z.strictObject(contactSchema.shape)).max(20).default([]),
    notes: notesSchema.optional(),
    decisionExpectedBy: localDate.optional(),
    preferences: preferencesSchema.optional(),
  })
  .superRefine((record, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { startsAt, endsAt } = record.interview;
    if (endsAt && Date.parse(endsAt) < Date.parse(startsAt)) issue(['interview', 'endsAt'], 'must not be before interview.startsAt');
    if (record.decisionExpectedBy && record.decisionExpectedBy < startsAt.slice(0, 10)) {
      issue(['decisionExpectedBy'], 'must not be before the interview date');
    }
    for (const where of ['candidate', 'company'] as const) {
      const { country, region } = record[where];
      if (region && !country) issue([where, 'region'], `needs ${where}.country`);
      else if (country && !isKnownCalendar({ country })) issue([where, 'country'], `has no public-holiday calendar for ${country}`);
      else if (country && region && !isKnownCalendar({ country, region })) issue([where, 'region'], `is not a known region of ${country}`);
    }
    for (const { at, message } of closureIssues(record.company.closures ?? [])) issue(['company', 'closures', ...at], message);
    const window = record.preferences?.sendWindow;
    if (window && window.end <= window.start) issue(['preferences', 'sendWindow', 'end'], 'must be later than preferences.sendWindow.start');
    if (record.contacts.filter((c) => c.primary).length > 1) issue(['contacts'], 'at most one contact may be primary');
  });

export type InterviewRecordInput = z.input<typeof interviewRecordSchema>;
/** A valid record with every default filled in (`interview.endsAt`, `contacts`, the primary contact). */
export type InterviewRecord = z.output<typeof interviewRecordSchema> & {
  interview: { endsAt: string };
};
export type Contact = z.output<typeof contactSchema>;
export { attended, primaryContact } from './contacts.ts';

export const UNKNOWN_FIELD = 'is not a known field';

/**
 * Turns zod issues into `{ path: 'candidate.timeZone', message }`; a strict object's unknown
 * keys become one error each, as Stripe names them.
 * @example fieldErrors(error) // [{ path: 'decisionExpectedby', message: 'is not a known field' }]
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const joined = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(body)');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joined([...issue.path, key]), message: UNKNOWN_FIELD }))
      : [{ path: joined(issue.path), message: issue.message }],
  );
}

/**
 * Validates a record and fills its defaults, or throws a `ValidationError` naming every bad field.
 * @example parseRecord(JSON.parse(body)).interview.endsAt // startsAt + 1 h when absent
 */
export function parseRecord(input: unknown): InterviewRecord {
  const result = interviewRecordSchema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrors(result.error));
  const record = result.data;
  const endsAt = record.interview.endsAt ?? new Date(Date.parse(record.interview.startsAt) + HOUR_MS).toISOString();
  const chosen = choosePrimary(record.contacts);
  const contacts = record.contacts.map((c) => ({ ...c, primary: c === chosen }));
  return { ...record, interview: { ...record.interview, endsAt }, contacts };
}
