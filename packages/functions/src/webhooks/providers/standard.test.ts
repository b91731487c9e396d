import { describe, expect, it } from 'vitest';
import { receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { sample } from '../../../../../test/support/webhooks/samples.ts';

const deliver = (type: string, data: Record<string, unknown>) => receive('standard', JSON.stringify({ type, timestamp: '2025-01-14T15:00:00Z', data }));

describe("Standard Webhooks: followup's own payload", () => {
  it('interview.booked upserts the interview with the record fields it carries', () => {
    const candidate = { name: 'Ada Lovelace', email: 'ada@example.com', timeZone: 'Europe/London' };
    expect(deliver('interview.booked', { applicationId: 'app_42', candidate, role: 'Engineer', interview: { startsAt: '2025-01-14T10:00:00-05:00' } })).toEqual({
      action: 'upsert_interview',
      match: { applicationId: 'app_42', candidateEmail: 'ada@example.com' },
      record: { candidate, role: 'Engineer', interview: { startsAt: '2025-01-14T15:00:00.000Z' } },
    });
  });

  it('interview.moved, .cancelled and .ended become interview_moved, withdrawn and confirm_end', () => {
    expect(deliver('interview.moved', { bookingId: 'b1', startsAt: '2025-01-15T15:00:00Z', newBookingId: 'b2' })).toEqual({
      action: 'event',
      match: { bookingId: 'b1' },
      event: { type: 'interview_moved', startsAt: '2025-01-15T15:00:00.000Z' },
      newBookingId: 'b2',
    });
    expect(deliver('interview.cancelled', { bookingId: 'b1' })).toEqual({ action: 'event', match: { bookingId: 'b1' }, event: { type: 'withdrawn' } });
    expect(deliver('interview.ended', { bookingId: 'b1', endsAt: '2025-01-15T16:00:00Z' })).toEqual({ action: 'confirm_end', match: { bookingId: 'b1' }, endsAt: '2025-01-15T16:00:00.000Z' });
  });

  it.each([
    ['application.offer', 'offer'],
    ['application.rejected', 'rejection'],
    ['application.advanced', 'next_round'],
    ['application.withdrawn', 'withdrawn'],
  ])('%s is the %s event', (type, event) => {
    expect(deliver(type, { applicationId: 'app_42', jobId: 7 })).toEqual({ action: 'event', match: { applicationId: 'app_42', jobId: '7' }, event: { type: event } });
  });

  it('job.closed closes the job', () => {
    expect(deliver('job.closed', { jobId: 'job_7' })).toEqual({ action: 'job_closed', match: { jobId: 'job_7' } });
  });

  it("acknowledges other types without acting, like the spec's own contact.created example", () => {
    expect(receive('standard', sample('standard-webhooks-example.http').split('\n\n')[1]!.trim())).toMatchObject({ action: 'ignore' });
  });
});

describe('Standard Webhooks malformed payloads', () => {
  it('names data that identifies no interview', () => {
    expect(refusedFields('standard', JSON.stringify({ type: 'application.offer', data: { jobId: 'j' } }))).toEqual([
      'data: needs applicationId, candidateId, bookingId or candidateEmail',
    ]);
  });

  it('names a booked interview without its start, and a candidate time zone that is not one', () => {
    const body = JSON.stringify({ type: 'interview.booked', data: { bookingId: 'b1', interview: {}, candidate: { timeZone: 'Mars/Olympus' } } });
    expect(refusedFields('standard', body)).toEqual([
      'data.interview.startsAt: is required',
      'data.candidate.timeZone: must be an IANA time zone, e.g. America/New_York',
    ]);
  });
});
