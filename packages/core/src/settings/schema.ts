/**
 * The documents of `PUT /v1/settings` and `PUT /v1/companies/{key}/closures`, as zod schemas:
 * every field optional (absent: POLICY's default) and bounded, and a 422 naming each bad one.
 * Only the API loads this file (and zod); plans read the stored documents (`settings.ts`).
 */
import { z } from 'zod';
import { isKnownCalendar } from '../calendar/holidays.ts';
import { closureIssues, MAX_CLOSURES } from '../company/closures.ts';
import { closureSchema, fields } from '../record/record.ts';

const { text, clock, countryCode, regionCode, must } = fields;
const whole = (min: number, max: number) => z.number(must(`must be a whole number from ${min} to ${max}`)).int(`must be a whole number from ${min} to ${max}`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const count = z.union([z.literal(1), z.literal(2), z.literal(3)], must('must be 1, 2 or 3'));

export const tenantSettingsSchema = z
  .strictObject({
    /** Local times reminders may go out between, on business days. */
    sendWindow: z.strictObject({ start: clock, end: clock }).optional(),
    /** The thank-you after the interview ends, by the rapport the candidate felt. */
    thankYouHours: z.strictObject({ strong: whole(1, 96).optional(), neutral: whole(1, 96).optional() }).optional(),
    handwrittenNoteHours: whole(1, 96).optional(),
    /** follow_up_1 after the interview date, by the company's hiring pace. */
    paceDays: z.strictObject({ normal: whole(1, 60).optional(), slow: whole(1, 60).optional(), very_slow: whole(1, 90).optional() }).optional(),
    secondFollowUpDays: whole(1, 60).optional(),
    finalFollowUpDays: whole(1, 90).optional(),
    moveOnDays: whole(1, 60).optional(),
    /** Status checks planned by default, and the most a record may ask for. */
    followUps: z.strictObject({ default: count.optional(), max: count.optional() }).optional(),
    snoozeDays: whole(1, 30).optional(),
    /** Thank-you kinds are skipped, not sent late, after this many days. */
    tooLateDays: whole(1, 30).optional(),
    linkedin: z.boolean().optional(),
    handwrittenNote: z.boolean().optional(),
    /** The company calendar when a record's company names no country (before the candidate's). */
    calendar: z.strictObject({ country: countryCode, region: regionCode.optional() }).optional(),
    /** Reminders come from "<senderName> via followup". */
    senderName: text(100).optional(),
  })
  .superRefine((s, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    // Refinements run beside the field checks: compare only times that are times.
    const window = s.sendWindow && [s.sendWindow.start, s.sendWindow.end].every((t) => clock.safeParse(t).success) ? s.sendWindow : undefined;
    if (window && window.end <= window.start) issue(['sendWindow', 'end'], 'must be later than sendWindow.start');
    const { default: planned, max } = s.followUps ?? {};
    if (planned && max && planned > max) issue(['followUps', 'default'], 'must not be more than followUps.max');
    if (s.calendar && !isKnownCalendar({ country: s.calendar.country })) issue(['calendar', 'country'], `has no public-holiday calendar for ${s.calendar.country}`);
    else if (s.calendar?.region && !isKnownCalendar(s.calendar)) issue(['calendar', 'region'], `is not a known region of ${s.calendar.country}`);
  });

export type TenantSettings = z.output<typeof tenantSettingsSchema>;

/** `PUT /v1/companies/{key}/closures`: the company's closures, replacing the ones kept. */
export const companyClosuresSchema = z
  .strictObject({ closures: z.array(closureSchema).max(MAX_CLOSURES) })
  .superRefine(({ closures }, ctx) => {
    for (const { at, message } of closureIssues(closures)) ctx.addIssue({ code: 'custom', path: ['closures', ...at], message });
  });

/** The key a company's closures are kept under: an integrator's id, or `companyKey(name)`. */
export const companyKeySchema = z.string().min(1).max(200).regex(/^[^\s/\\]+$/, 'must have no spaces or slashes: an id, or the name as a key (acme-widgets)');

