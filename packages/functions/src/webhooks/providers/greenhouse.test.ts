import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { edited, receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { SAMPLES_DIR, sample } from '../../../../../test/support/webhooks/samples.ts';

const FOLLOWED = ['reject_candidate', 'candidate_stage_change', 'offer_created', 'job_post_deleted', 'job_post_updated', 'job_updated'];

describe('Greenhouse translation of the published samples', () => {
  it('reject_candidate is a rejection of the application, matched by its ids and the candidate email', () => {
    expect(receive('greenhouse', sample('greenhouse-reject_candidate.json'))).toEqual({
      action: 'event',
      match: { applicationId: '265293', candidateId: '265788', jobId: '371417', candidateEmail: 'hector.porter.265788@example.com' },
      event: { type: 'rejection' },
    });
  });

  it('candidate_stage_change is a next round', () => {
    expect(receive('greenhouse', sample('greenhouse-candidate_stage_change.json'))).toEqual({
      action: 'event',
      match: { applicationId: '265277', candidateId: '265772', jobId: '3485', candidateEmail: 'giuseppe.hurley@example.com' },
      event: { type: 'next_round' },
    });
  });

  it('offer_created is an offer, matched by application and job id only (the payload names no candidate)', () => {
    expect(receive('greenhouse', sample('greenhouse-offer_created.json'))).toEqual({
      action: 'event',
      match: { applicationId: '234556', jobId: '45678' },
      event: { type: 'offer' },
    });
  });

  it('job_post_deleted closes the job of the post', () => {
    expect(receive('greenhouse', sample('greenhouse-job_post_deleted.json'))).toEqual({ action: 'job_closed', match: { jobId: '284999' } });
  });

  it('job_post_updated with live: false closes the job; still live, it is ignored', () => {
    expect(receive('greenhouse', sample('greenhouse-job_post_updated.json'))).toEqual({ action: 'job_closed', match: { jobId: '1842002' } });
    const live = edited('greenhouse-job_post_updated.json', (b) => (b.payload.live = true));
    expect(receive('greenhouse', live)).toMatchObject({ action: 'ignore' });
  });

  it('job_updated closes the job only when its status is closed (the sample is open)', () => {
    expect(receive('greenhouse', sample('greenhouse-job_updated.json'))).toEqual({ action: 'ignore', why: 'Greenhouse job updated, status open' });
    const closed = edited('greenhouse-job_updated.json', (b) => (b.payload.job.status = 'closed'));
    expect(receive('greenhouse', closed)).toEqual({ action: 'job_closed', match: { jobId: '100445' } });
  });

  it('answers the ping Greenhouse sends when a web hook is created', () => {
    expect(receive('greenhouse', JSON.stringify({ action: 'ping', payload: { web_hook_id: 1 } }))).toEqual({ action: 'ping' });
  });

  const others = readdirSync(SAMPLES_DIR).filter((f) => f.startsWith('greenhouse-') && !FOLLOWED.some((a) => f === `greenhouse-${a}.json`));
  it.each(others)('acknowledges %s without acting', (file) => {
    expect(receive('greenhouse', sample(file))).toMatchObject({ action: 'ignore' });
  });
});

describe('Greenhouse malformed payloads', () => {
  it('names the missing application id', () => {
    const body = edited('greenhouse-reject_candidate.json', (b) => delete b.payload.application.id);
    expect(refusedFields('greenhouse', body)).toEqual(['payload.application.id: is required']);
  });

  it('names a candidate email that is not one', () => {
    const body = edited('greenhouse-candidate_stage_change.json', (b) => (b.payload.application.candidate.email_addresses[0].value = 'nope'));
    expect(refusedFields('greenhouse', body)).toEqual(['payload.application.candidate.email_addresses.0.value: must be an email address']);
  });

  it('names a missing action, and a body that is not JSON', () => {
    expect(refusedFields('greenhouse', '{"payload":{}}')).toEqual(['action: is required']);
    expect(refusedFields('greenhouse', '{"action":')).toEqual(['(body): is not valid JSON']);
  });
});
