import { describe, expect, it } from 'vitest';
import { edited, receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { sample } from '../../../../../test/support/webhooks/samples.ts';

const GUEST = { name: 'Guest User', email: 'guest@example.com', timeZone: 'UTC' };

describe('Cal.com translation of the published samples', () => {
  it('BOOKING_CREATED books the interview: the first attendee is the candidate, the organizer the interviewer', () => {
    expect(receive('calcom', sample('calcom-BOOKING_CREATED.json'))).toEqual({
      action: 'upsert_interview',
      match: { bookingId: 'unique-booking-id', candidateEmail: 'guest@example.com' },
      record: {
        candidate: GUEST,
        interview: { startsAt: '2024-01-01T10:00:00.000Z', endsAt: '2024-01-01T10:15:00.000Z' },
        contacts: [{ name: 'Organizer Name', email: 'organizer@example.com', relation: 'interviewer' }],
      },
    });
  });

  it('BOOKING_RESCHEDULED moves the interview booked as rescheduleUid and hands over the new uid', () => {
    expect(receive('calcom', sample('calcom-BOOKING_RESCHEDULED.json'))).toEqual({
      action: 'event',
      match: { bookingId: 'previous-booking-unique-id', candidateEmail: 'guest@example.com' },
      event: { type: 'interview_moved', startsAt: '2024-01-10T14:30:00.000Z', endsAt: '2024-01-10T14:45:00.000Z' },
      newBookingId: 'new-booking-unique-id',
    });
  });

  it('BOOKING_CANCELLED is a withdrawal, unless the organizer asked for a reschedule', () => {
    expect(receive('calcom', sample('calcom-BOOKING_CANCELLED.json'))).toEqual({
      action: 'event',
      match: { bookingId: 'unique-booking-identifier', candidateEmail: 'guest@example.com' },
      event: { type: 'withdrawn' },
    });
    const rescheduling = edited('calcom-BOOKING_CANCELLED.json', (b) => (b.payload.requestReschedule = true));
    expect(receive('calcom', rescheduling)).toMatchObject({ action: 'ignore' });
  });

  it('MEETING_ENDED, a flat body without payload, confirms the end time', () => {
    expect(receive('calcom', sample('calcom-MEETING_ENDED.json'))).toEqual({
      action: 'confirm_end',
      match: { bookingId: 'unique-booking-identifier', candidateEmail: 'guest@example.com' },
      endsAt: '2024-01-01T10:15:00.000Z',
    });
  });

  it('acknowledges MEETING_STARTED and other triggers without acting', () => {
    expect(receive('calcom', edited('calcom-MEETING_ENDED.json', (b) => (b.triggerEvent = 'MEETING_STARTED')))).toMatchObject({ action: 'ignore' });
  });
});

describe('Cal.com malformed payloads', () => {
  it('names an attendee list that is empty', () => {
    const body = edited('calcom-BOOKING_CREATED.json', (b) => (b.payload.attendees = []));
    expect(refusedFields('calcom', body)).toEqual(['payload.attendees: must name at least one attendee']);
  });

  it('names a booking without payload (a booking event is wrapped; only meeting events are flat)', () => {
    const body = edited('calcom-BOOKING_CREATED.json', (b) => delete b.payload);
    expect(refusedFields('calcom', body)).toEqual(['payload: is required']);
  });
});
