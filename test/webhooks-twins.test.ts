/**
 * Twin deliveries: two different deliveries for one booking (the provider retried with a new
 * delivery id, or sent both a created and a re-sent event), arriving at the same time. The
 * booking's id is claimed before the interview is written, so they make exactly one interview
 * and the second applies to it.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from './support/api.ts';
import { edited } from './support/webhooks/index.ts';
import { events, post, register, signed } from './support/webhooks-stack.ts';

const api = useTestApi();
const defaults = { company: 'Acme', role: 'Staff Engineer' };

async function interviewsOf(email: string) {
  const res = await api.call('GET', `/v1/interviews?candidateEmail=${encodeURIComponent(email)}`);
  return ((await res.json()) as { items: { id: string }[] }).items;
}

describe('twin deliveries for one booking, sent concurrently', () => {
  it('make exactly one interview from Cal.com, and the second applies to it', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    for (let round = 0; round < 5; round++) {
      const email = `twin-calcom-${round}@example.com`;
      const booking = (title: string) =>
        edited('calcom-BOOKING_CREATED.json', (b) => {
          b.payload.uid = `twin-booking-${round}`;
          b.payload.title = title; // a different body: a different delivery, not a redelivery
          b.payload.startTime = '2025-01-14T15:00:00Z';
          b.payload.endTime = '2025-01-14T16:00:00Z';
          b.payload.attendees[0].email = email;
          b.payload.attendees[0].timeZone = 'America/New_York';
        });
      const [a, b] = await Promise.all([post(api, calcom, signed(api, calcom, booking('first'))), post(api, calcom, signed(api, calcom, booking('second')))]);
      expect([a.status, b.status]).toEqual([200, 200]);
      const made = await interviewsOf(email);
      expect(made, `round ${round}`).toHaveLength(1);
      const log = (await events(api, `interviewId=${made[0]!.id}`)).map((e) => e.outcome);
      expect(log.sort(), `round ${round}`).toEqual(['applied', 'ignored']);
    }
  });

  it('make exactly one interview from Calendly', async () => {
    const calendly = await register(api, 'calendly', { defaults });
    for (let round = 0; round < 5; round++) {
      const email = `twin-calendly-${round}@example.com`;
      const invitee = (name: string) =>
        edited('calendly-invitee.created.json', (b) => {
          b.payload.uri = `https://api.calendly.com/scheduled_events/twin/invitees/${round}`;
          b.payload.email = email;
          b.payload.name = name;
          b.payload.old_invitee = null;
          b.payload.timezone = 'America/New_York';
          b.payload.scheduled_event.start_time = '2025-01-14T15:00:00Z';
          b.payload.scheduled_event.end_time = '2025-01-14T16:00:00Z';
        });
      const [a, b] = await Promise.all([post(api, calendly, signed(api, calendly, invitee('Ada Lovelace'))), post(api, calendly, signed(api, calendly, invitee('Ada King')))]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(await interviewsOf(email), `round ${round}`).toHaveLength(1);
    }
  });
});
