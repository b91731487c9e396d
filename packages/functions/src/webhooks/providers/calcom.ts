/**
 * Cal.com bookings (payload version 2021-10-20). Booking events wrap the booking in `payload`;
 * MEETING_STARTED and MEETING_ENDED send the booking flat, without `payload`.
 * The booker (first attendee) is the candidate; the organizer is the interviewer.
 */
import { z } from '@hono/zod-openapi';
import type { WebhookAction } from '../action.ts';
import { email, envelope, instant, validate } from './payload.ts';
import type { BodySignatureScheme } from '../signing/body-signature.ts';
import { bodyId } from '../signing/hmac.ts';
import { verifyBodySignature } from '../signing/body-signature.ts';
import type { ProviderModule } from '../provider.ts';

const attendee = z.looseObject({ name: z.string().min(1), email, timeZone: z.string().min(1).optional() });
const attendees = z.array(attendee).min(1, 'must name at least one attendee');

const booking = z.looseObject({
  uid: z.string().min(1),
  startTime: instant,
  endTime: instant,
  attendees,
  organizer: z.looseObject({ name: z.string().min(1), email: email.optional() }).optional(),
  /** The booking this one replaces (BOOKING_RESCHEDULED). */
  rescheduleUid: z.string().min(1).optional(),
  requestReschedule: z.boolean().optional(),
});
type Booking = z.output<typeof booking>;

const wrapped = z.looseObject({ payload: booking });
const meetingEnded = z.looseObject({ uid: z.string().min(1), endTime: instant, attendees });

const candidateOf = (attendees: Booking['attendees']) => attendees[0]!;

function booked(b: Booking): WebhookAction {
  const candidate = candidateOf(b.attendees);
  return {
    action: 'upsert_interview',
    match: { bookingId: b.uid, candidateEmail: candidate.email },
    record: {
      candidate: { name: candidate.name, email: candidate.email, ...(candidate.timeZone && { timeZone: candidate.timeZone }) },
      interview: { startsAt: b.startTime, endsAt: b.endTime },
      ...(b.organizer && { contacts: [{ name: b.organizer.name, email: b.organizer.email, relation: 'interviewer' as const }] }),
    },
  };
}

/**
 * A Cal.com delivery as a webhook action.
 * @example translateCalcom(JSON.parse(body)) // { action: 'upsert_interview', match: { bookingId: 'unique-booking-id', … }, … }
 */
export function translateCalcom(json: unknown): WebhookAction {
  const { triggerEvent } = validate(envelope('triggerEvent'), json);
  switch (triggerEvent) {
    case 'BOOKING_CREATED':
      return booked(validate(wrapped, json).payload);
    case 'BOOKING_RESCHEDULED': {
      const b = validate(wrapped, json).payload;
      return {
        action: 'event',
        match: { bookingId: b.rescheduleUid ?? b.uid, candidateEmail: candidateOf(b.attendees).email },
        event: { type: 'interview_moved', startsAt: b.startTime, endsAt: b.endTime },
        newBookingId: b.uid,
      };
    }
    case 'BOOKING_CANCELLED': {
      const b = validate(wrapped, json).payload;
      // The organizer asked the candidate to pick another time: the new booking follows and matches by email.
      if (b.requestReschedule) return { action: 'ignore', why: 'Cal.com booking cancelled to be rescheduled' };
      return { action: 'event', match: { bookingId: b.uid, candidateEmail: candidateOf(b.attendees).email }, event: { type: 'withdrawn' } };
    }
    case 'MEETING_ENDED': {
      const m = validate(meetingEnded, json);
      return { action: 'confirm_end', match: { bookingId: m.uid, candidateEmail: candidateOf(m.attendees).email }, endsAt: m.endTime };
    }
    default:
      return { action: 'ignore', why: `Cal.com ${triggerEvent} does not change a follow-up plan` };
  }
}

/*
 * Signature.
 * Cal.com: `X-Cal-Signature-256: <hex HMAC-SHA256 of the raw body>`. A webhook saved without a
 * secret sends the literal `no-secret-provided` instead, which must never pass as "present".
 * Cal.com sends no delivery id, so redeliveries are recognised by their body.
 * Source: cal.com packages/features/webhooks (createWebhookSignature) and its webhooks guide.
 */
export const CALCOM: BodySignatureScheme = {
  header: 'X-Cal-Signature-256',
  prefix: '',
  unsignedValue: 'no-secret-provided',
  deliveryId: ({ rawBody }) => bodyId(rawBody),
};

/**
 * calcom: verify, translate, and where its body names the event.
 * @example calcom.verify({ headers, rawBody, secret, now })
 */
export const calcom: ProviderModule = {
  name: 'calcom',
  verify: (input) => verifyBodySignature(CALCOM, input),
  translate: translateCalcom,
  eventField: 'triggerEvent',
};
