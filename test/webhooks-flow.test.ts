/**
 * Inbound webhooks end to end through HTTP: a booking creates an interview and its plan, an
 * ATS rejection afterwards changes it, and every outcome lands in the delivery log.
 */
import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from './support/api.ts';
import { edited } from './support/webhooks/index.ts';
import { deliver, events, interview, latestInterviewId, register } from './support/webhooks-stack.ts';

const api = useTestApi();
const defaults = { company: 'Acme', role: 'Staff Engineer' };
const pending = (milestones: { kind: string; status: string }[]) => milestones.filter((m) => m.status === 'scheduled').map((m) => m.kind);

/** The Cal.com sample, booked for Tue 14 Jan 2025 10:00 New York by `email`. */
const calcomBooking = (uid: string, email: string) =>
  edited('calcom-BOOKING_CREATED.json', (b) => {
    b.payload.uid = uid;
    b.payload.startTime = '2025-01-14T15:00:00Z';
    b.payload.endTime = '2025-01-14T16:00:00Z';
    b.payload.attendees[0].email = email;
    b.payload.attendees[0].timeZone = 'America/New_York';
  });

describe('a Cal.com booking, then a Greenhouse rejection', () => {
  it('creates the interview and its plan, then cancels its follow-ups and plans the feedback request', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    const greenhouse = await register(api, 'greenhouse');
    const email = 'hector.porter.265788@example.com';

    const booked = await deliver(api, calcom, calcomBooking('e2e-booking-1', email));
    expect(booked).toEqual({ status: 200, body: { outcome: 'applied' } });
    const id = await latestInterviewId(api);
    const before = await interview(api, id);
    expect(before.body).toMatchObject({
      status: 'active',
      record: { candidate: { name: 'Guest User', email, timeZone: 'America/New_York' }, company: { name: 'Acme' }, role: 'Staff Engineer' },
    });
    expect(pending(before.body.milestones)).toEqual(expect.arrayContaining(['thank_you', 'follow_up_1', 'follow_up_2']));

    // Greenhouse's sample names the same candidate by email: the fallback finds the interview.
    const rejected = await deliver(api, greenhouse, edited('greenhouse-reject_candidate.json', () => {}), { id: 'gh-evt-1' });
    expect(rejected).toEqual({ status: 200, body: { outcome: 'applied' } });
    const after = await interview(api, id);
    expect(after.body.status).toBe('rejected');
    expect(pending(after.body.milestones)).toEqual(['feedback_request']);
    expect(after.body.milestones.find((m: { kind: string }) => m.kind === 'follow_up_1').status).toBe('cancelled');

    const log = await events(api, `interviewId=${id}`);
    expect(log.map((e) => [e.provider, e.eventType, e.outcome])).toEqual([
      ['greenhouse', 'reject_candidate', 'applied'],
      ['calcom', 'BOOKING_CREATED', 'applied'],
    ]);
    expect(log[0]).toMatchObject({ deliveryId: 'gh-evt-1', why: 'rejection applied', endpointId: greenhouse.id });
  });

  it('remembers the ids an email match found: a later offer naming only the application finds the interview', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    const greenhouse = await register(api, 'greenhouse');
    const email = 'remembered@example.com';
    await deliver(api, calcom, calcomBooking('e2e-booking-2', email));
    const stage = edited('greenhouse-candidate_stage_change.json', (b) => {
      b.payload.application.id = 900_001;
      b.payload.application.candidate.email_addresses = [{ value: email, type: 'personal' }];
    });
    expect((await deliver(api, greenhouse, stage, { id: 'gh-stage-2' })).body.outcome).toBe('applied');
    const offer = edited('greenhouse-offer_created.json', (b) => {
      b.payload.application_id = 900_001;
    });
    expect((await deliver(api, greenhouse, offer, { id: 'gh-offer-2' })).body.outcome).toBe('applied');
    expect((await interview(api, await latestInterviewId(api))).body.status).toBe('offer_received');
  });
});

describe('bookings', () => {
  it('moves the interview when the same booking is sent again with another time, and re-plans it', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    await deliver(api, calcom, calcomBooking('move-1', 'mover@example.com'));
    const id = await latestInterviewId(api);
    const later = edited('calcom-BOOKING_CREATED.json', (b) => {
      Object.assign(b.payload, { uid: 'move-1', startTime: '2025-01-16T15:00:00Z', endTime: '2025-01-16T16:00:00Z' });
      Object.assign(b.payload.attendees[0], { email: 'mover@example.com', timeZone: 'America/New_York' });
    });
    expect((await deliver(api, calcom, later)).body.outcome).toBe('applied');
    const moved = await interview(api, id);
    expect(moved.body.record.interview.startsAt).toBe('2025-01-16T15:00:00.000Z');
    const [entry] = await events(api, `interviewId=${id}&limit=1`);
    expect(entry!.why).toMatch(/moved to 2025-01-16T15:00:00.000Z, pending follow-ups re-planned/);
  });

  it('follows a Cal.com reschedule by the old uid and remembers the new one for the cancellation', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    await deliver(api, calcom, calcomBooking('resched-old', 'resched@example.com'));
    const id = await latestInterviewId(api);
    const rescheduled = edited('calcom-BOOKING_RESCHEDULED.json', (b) => {
      Object.assign(b.payload, { uid: 'resched-new', rescheduleUid: 'resched-old', startTime: '2025-01-15T15:00:00Z', endTime: '2025-01-15T16:00:00Z' });
      b.payload.attendees[0].email = 'someone-else@example.com';
    });
    expect((await deliver(api, calcom, rescheduled)).body.outcome).toBe('applied');
    expect((await interview(api, id)).body.record.interview.startsAt).toBe('2025-01-15T15:00:00.000Z');
    const cancelled = edited('calcom-BOOKING_CANCELLED.json', (b) => {
      b.payload.uid = 'resched-new';
      b.payload.attendees[0].email = 'someone-else@example.com';
      delete b.payload.requestReschedule;
    });
    expect((await deliver(api, calcom, cancelled)).body.outcome).toBe('applied');
    expect((await interview(api, id)).body.status).toBe('withdrawn');
  });

  it("confirms a held meeting's end time (Cal.com MEETING_ENDED) through a patch", async () => {
    const calcom = await register(api, 'calcom', { defaults });
    await deliver(api, calcom, calcomBooking('ended-1', 'ended@example.com'));
    const id = await latestInterviewId(api);
    const ended = edited('calcom-MEETING_ENDED.json', (b) => {
      Object.assign(b, { uid: 'ended-1', endTime: '2025-01-14T16:30:00Z' });
    });
    expect((await deliver(api, calcom, ended)).body.outcome).toBe('applied');
    expect((await interview(api, id)).body.record.interview.endsAt).toBe('2025-01-14T16:30:00.000Z');
    const again = edited('calcom-MEETING_ENDED.json', (b) => {
      Object.assign(b, { uid: 'ended-1', endTime: '2025-01-14T16:30:00Z', createdAt: 'again' });
    });
    expect((await deliver(api, calcom, again)).body.outcome).toBe('ignored');
  });

  it('stores a booking the endpoint has no defaults for as needs_defaults, answered 200, naming what is missing', async () => {
    const calcom = await register(api, 'calcom');
    expect(await deliver(api, calcom, calcomBooking('no-defaults', 'nodefaults@example.com'))).toEqual({ status: 200, body: { outcome: 'needs_defaults' } });
    const [entry] = await events(api, 'status=needs_defaults');
    expect(entry).toMatchObject({ endpointId: calcom.id, interviewIds: [], why: "the payload has no company, role: set them in the endpoint's defaults" });
  });

  it("takes the candidate's time zone from the endpoint when the payload has none", async () => {
    const calcom = await register(api, 'calcom', { defaults: { ...defaults, timeZone: 'Europe/London' } });
    const body = edited('calcom-BOOKING_CREATED.json', (b) => {
      Object.assign(b.payload, { uid: 'tz-default', startTime: '2025-01-14T15:00:00Z', endTime: '2025-01-14T16:00:00Z' });
      Object.assign(b.payload.attendees[0], { email: 'london@example.com', timeZone: undefined });
    });
    expect((await deliver(api, calcom, body)).body.outcome).toBe('applied');
    expect((await interview(api, await latestInterviewId(api))).body.record.candidate.timeZone).toBe('Europe/London');
  });
});

describe('matching', () => {
  it('stores an event that matches nothing as unmatched, answered 200 and listed', async () => {
    const ashby = await register(api, 'ashby');
    expect(await deliver(api, ashby, edited('ashby-candidateStageChange.json', (b) => {
      b.webhookActionId = 'wh-unmatched-1';
      b.data.application.candidate.primaryEmailAddress.value = 'nobody@example.com';
    }))).toEqual({ status: 200, body: { outcome: 'unmatched' } });
    const unmatched = await events(api, 'status=unmatched');
    expect(unmatched.find((e) => e.deliveryId === 'wh-unmatched-1')).toMatchObject({
      provider: 'ashby',
      eventType: 'candidateStageChange',
      why: "no interview matches applicationId app-9999-8888-7777-6666, candidateId cand-1111-2222-3333-4444, the candidate's email",
    });
  });

  it("matches Lever (whose payloads carry no email) to an interview created under the opportunity id as externalId", async () => {
    const lever = await register(api, 'lever', { secret: 'test_lever_signature_token' });
    const { id } = await api.create(sampleRecord({ externalId: '3410c8b9-5c31-4bab-b7e9-9f710206d647' }));
    const body = edited('lever-candidateStageChange.fixed-json.json', () => {});
    expect((await deliver(api, lever, body, { id: 'lever-token-match' })).body.outcome).toBe('applied');
    expect((await interview(api, id)).body.status).toBe('advanced');
  });

  it('records an event the interview no longer accepts as ignored, with the reason', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    const greenhouse = await register(api, 'greenhouse');
    const email = 'twice@example.com';
    await deliver(api, calcom, calcomBooking('twice-1', email));
    const reject = (id: string) => edited('greenhouse-reject_candidate.json', (b) => {
      b.payload.application.id = 700_001;
      b.payload.application.candidate.email_addresses = [{ value: email }];
      b.payload.application.rejected_at = id;
    });
    await deliver(api, greenhouse, reject('1'), { id: 'gh-twice-1' });
    expect((await deliver(api, greenhouse, reject('2'), { id: 'gh-twice-2' })).body.outcome).toBe('ignored');
    const [entry] = await events(api, 'status=ignored&limit=1');
    expect(entry!.why).toBe('rejection is not allowed: the interview is rejected');
  });

  it('closes every active interview on a Greenhouse job when its post is deleted', async () => {
    const calcom = await register(api, 'calcom', { defaults });
    const greenhouse = await register(api, 'greenhouse');
    const ids: string[] = [];
    for (const n of [1, 2]) {
      const email = `job-${n}@example.com`;
      await deliver(api, calcom, calcomBooking(`job-booking-${n}`, email));
      ids.push(await latestInterviewId(api));
      // A stage change names the job: the interview joins it (and advances, which still hears posting_closed).
      await deliver(api, greenhouse, edited('greenhouse-candidate_stage_change.json', (b) => {
        b.payload.application.id = 800_000 + n;
        b.payload.application.candidate.email_addresses = [{ value: email }];
        b.payload.application.jobs = [{ id: 555_001 }];
      }), { id: `gh-job-stage-${n}` });
    }
    const closed = edited('greenhouse-job_post_deleted.json', (b) => {
      b.payload.job_post.job_id = 555_001;
    });
    expect((await deliver(api, greenhouse, closed, { id: 'gh-job-closed' })).body.outcome).toBe('applied');
    for (const id of ids) {
      expect((await interview(api, id)).body.status).toBe('posting_closed');
      expect((await events(api, `interviewId=${id}&limit=1`))[0]).toMatchObject({ eventType: 'job_post_deleted', outcome: 'applied' });
    }
  });
});

describe('tenant isolation', () => {
  it("never lists, deletes or touches another tenant's endpoints, events or interviews", async () => {
    const acmeCalcom = await register(api, 'calcom', { defaults });
    await deliver(api, acmeCalcom, calcomBooking('iso-1', 'isolated@example.com'));
    const acmeInterview = await latestInterviewId(api);

    const globexListing = (await (await api.call('GET', '/v1/webhook-endpoints?limit=100', { as: 'globex' })).json()) as { items: { id: string }[] };
    expect(globexListing.items.map((e) => e.id)).not.toContain(acmeCalcom.id);
    expect((await api.call('DELETE', `/v1/webhook-endpoints/${acmeCalcom.id}`, { as: 'globex' })).status).toBe(404);
    expect(await events(api, `interviewId=${acmeInterview}`, 'globex')).toEqual([]);
    expect((await events(api, 'limit=100', 'globex')).map((e) => e.endpointId)).not.toContain(acmeCalcom.id);

    // Globex's own Greenhouse rejecting the same candidate (same email, same ids) touches only globex.
    const globexGreenhouse = await register(api, 'greenhouse', {}, 'globex');
    const reject = edited('greenhouse-reject_candidate.json', (b) => {
      b.payload.application.candidate.email_addresses = [{ value: 'isolated@example.com' }];
    });
    expect((await deliver(api, globexGreenhouse, reject, { id: 'gh-iso' })).body.outcome).toBe('unmatched');
    expect((await interview(api, acmeInterview)).body.status).toBe('active');
    expect((await interview(api, acmeInterview, 'globex')).status).toBe(404);
  });
});

describe('a captured Greenhouse body resent under a new Greenhouse-Event-ID', () => {
  it('is a replay: logged as a duplicate, and it changes no interview', async () => {
    const greenhouse = await register(api, 'greenhouse');
    const { id } = await api.create(sampleRecord({ candidate: { name: 'Replay Target', email: 'replay@example.com', timeZone: 'America/New_York' } }));
    const offer = edited('greenhouse-reject_candidate.json', (b) => {
      b.payload.application.id = 990001;
      b.payload.application.candidate.email_addresses = [{ value: 'replay@example.com', type: 'personal' }];
    });
    // The first, genuine delivery rejects; the same bytes resent with a new id must not apply again.
    expect(await deliver(api, greenhouse, offer, { id: 'gh-genuine' })).toEqual({ status: 200, body: { outcome: 'applied' } });
    const before = await interview(api, id);
    expect(await deliver(api, greenhouse, offer, { id: 'gh-forged-new-id' })).toEqual({ status: 200, body: { outcome: 'duplicate' } });
    expect((await interview(api, id)).body.version).toBe(before.body.version);
    const [latest] = await events(api, 'limit=1');
    expect(latest).toMatchObject({ outcome: 'duplicate', deliveryId: 'gh-forged-new-id' });
    expect(latest!.why).toMatch(/replay/);
  });

  it('still applies a genuine redelivery of the same event once (same id, same body)', async () => {
    const greenhouse = await register(api, 'greenhouse');
    await api.create(sampleRecord({ candidate: { name: 'Redelivered', email: 'redelivered@example.com', timeZone: 'America/New_York' } }));
    const body = edited('greenhouse-reject_candidate.json', (b) => {
      b.payload.application.id = 990002;
      b.payload.application.candidate.email_addresses = [{ value: 'redelivered@example.com', type: 'personal' }];
    });
    expect((await deliver(api, greenhouse, body, { id: 'gh-same' })).body.outcome).toBe('applied');
    expect((await deliver(api, greenhouse, body, { id: 'gh-same' })).body.outcome).toBe('duplicate');
  });
});
