import { describe, expect, it } from 'vitest';
import { edited, receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { sample } from '../../../../../test/support/webhooks/samples.ts';

const INVITEE = 'https://api.calendly.com/scheduled_events/AAAAAAAAAAAAAAAA/invitees/AAAAAAAAAAAAAAAA';
const NEW_INVITEE = 'https://api.calendly.com/scheduled_events/BBBBBBBBBBBBBBBB/invitees/BBBBBBBBBBBBBBBB';
// The published sample's event starts and ends at the same microsecond.
const AT = '2019-08-24T14:15:22.123Z';

describe('Calendly translation of the published samples', () => {
  it('invitee.created books the interview: the invitee is the candidate, in their time zone; the host is the interviewer', () => {
    expect(receive('calendly', sample('calendly-invitee.created.json'))).toEqual({
      action: 'upsert_interview',
      match: { bookingId: INVITEE, candidateEmail: 'test@example.com' },
      record: {
        candidate: { name: 'John Doe', email: 'test@example.com', timeZone: 'America/New_York' },
        interview: { startsAt: AT, endsAt: AT },
        contacts: [{ name: 'John Smith', email: 'user@example.com', relation: 'interviewer' }],
      },
    });
  });

  it('invitee.canceled is a withdrawal', () => {
    expect(receive('calendly', sample('calendly-invitee.canceled.json'))).toEqual({
      action: 'event',
      match: { bookingId: INVITEE, candidateEmail: 'test@example.com' },
      event: { type: 'withdrawn' },
    });
  });

  it('a reschedule moves the interview: the cancel (rescheduled: true) is ignored, the new invitee names the old one', () => {
    const cancel = edited('calendly-invitee.canceled.json', (b) => {
      b.payload.rescheduled = true;
      b.payload.new_invitee = NEW_INVITEE;
    });
    expect(receive('calendly', cancel)).toMatchObject({ action: 'ignore' });
    const created = edited('calendly-invitee.created.json', (b) => {
      b.payload.uri = NEW_INVITEE;
      b.payload.old_invitee = INVITEE;
      b.payload.scheduled_event.start_time = '2019-08-26T14:00:00.000000Z';
      b.payload.scheduled_event.end_time = '2019-08-26T14:30:00.000000Z';
    });
    expect(receive('calendly', created)).toEqual({
      action: 'event',
      match: { bookingId: INVITEE, candidateEmail: 'test@example.com' },
      event: { type: 'interview_moved', startsAt: '2019-08-26T14:00:00.000Z', endsAt: '2019-08-26T14:30:00.000Z' },
      newBookingId: NEW_INVITEE,
    });
  });

  it('acknowledges other events (routing forms, no-shows) without acting', () => {
    expect(receive('calendly', edited('calendly-invitee.created.json', (b) => (b.event = 'routing_form_submission.created')))).toMatchObject({ action: 'ignore' });
  });
});

describe('Calendly malformed payloads', () => {
  it('names the missing start time and a bad email together', () => {
    const body = edited('calendly-invitee.created.json', (b) => {
      delete b.payload.scheduled_event.start_time;
      b.payload.email = 'not-an-email';
    });
    expect(refusedFields('calendly', body)).toEqual(['payload.email: must be an email address', 'payload.scheduled_event.start_time: is required']);
  });
});
