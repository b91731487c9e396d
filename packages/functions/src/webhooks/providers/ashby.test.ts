import { describe, expect, it } from 'vitest';
import { edited, receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { sample } from '../../../../../test/support/webhooks/samples.ts';

const STAGE_CHANGE = 'ashby-candidateStageChange.json';
const APPLICATION = { applicationId: 'app-9999-8888-7777-6666', candidateId: 'cand-1111-2222-3333-4444', candidateEmail: 'candidate@example.com' };

/** An interview schedule delivery built on the sample's envelope (Ashby publishes no schedule sample). */
const schedule = (status: string, events: { startTime: string; endTime: string }[]) =>
  edited(STAGE_CHANGE, (b) => {
    b.action = 'interviewScheduleUpdate';
    b.data = { interviewSchedule: { id: 'sched-1', status, applicationId: APPLICATION.applicationId, interviewStageId: 'stage-1', interviewEvents: events } };
  });
const EVENTS = [
  { startTime: '2025-01-14T16:00:00.000Z', endTime: '2025-01-14T16:45:00.000Z' },
  { startTime: '2025-01-14T15:00:00.000Z', endTime: '2025-01-14T15:45:00.000Z' },
];

describe('Ashby translation', () => {
  it('candidateStageChange on an active application is a next round (the captured sample, which lacks the job)', () => {
    expect(receive('ashby', sample(STAGE_CHANGE))).toEqual({ action: 'event', match: APPLICATION, event: { type: 'next_round' } });
  });

  it('candidateStageChange into an archived stage is a rejection', () => {
    const archived = edited(STAGE_CHANGE, (b) => {
      b.data.application.status = 'Archived';
      b.data.application.currentInterviewStage.type = 'Archived';
      b.data.application.job = { id: 'job-1' };
    });
    expect(receive('ashby', archived)).toEqual({ action: 'event', match: { ...APPLICATION, jobId: 'job-1' }, event: { type: 'rejection' } });
  });

  it('a scheduled interview schedule upserts the interview from its first start to its last end', () => {
    expect(receive('ashby', schedule('Scheduled', EVENTS))).toEqual({
      action: 'upsert_interview',
      match: { applicationId: APPLICATION.applicationId },
      record: { interview: { startsAt: '2025-01-14T15:00:00.000Z', endsAt: '2025-01-14T16:45:00.000Z' } },
    });
  });

  it('a complete schedule confirms the end; a cancelled one is a withdrawal; one awaiting times is ignored', () => {
    expect(receive('ashby', schedule('Complete', EVENTS))).toEqual({ action: 'confirm_end', match: { applicationId: APPLICATION.applicationId }, endsAt: '2025-01-14T16:45:00.000Z' });
    expect(receive('ashby', schedule('Cancelled', []))).toEqual({ action: 'event', match: { applicationId: APPLICATION.applicationId }, event: { type: 'withdrawn' } });
    expect(receive('ashby', schedule('WaitingOnCandidateBooking', []))).toMatchObject({ action: 'ignore' });
  });

  it('offerCreate is an offer; jobPostingUnpublish closes the job; ping is answered', () => {
    const offer = JSON.stringify({ action: 'offerCreate', data: { offer: { id: 'offer-1', applicationId: 'app-1' } }, webhookActionId: 'wh-1' });
    expect(receive('ashby', offer)).toEqual({ action: 'event', match: { applicationId: 'app-1' }, event: { type: 'offer' } });
    const unpublish = JSON.stringify({ action: 'jobPostingUnpublish', data: { jobPosting: { id: 'post-1', jobId: 'job-1', isListed: false } } });
    expect(receive('ashby', unpublish)).toEqual({ action: 'job_closed', match: { jobId: 'job-1' } });
    expect(receive('ashby', JSON.stringify({ action: 'ping', data: { webhookActionType: 'ping' } }))).toEqual({ action: 'ping' });
  });
});

describe('Ashby malformed payloads', () => {
  it('names the missing candidate of the application', () => {
    const body = edited(STAGE_CHANGE, (b) => delete b.data.application.candidate);
    expect(refusedFields('ashby', body)).toEqual(['data.application.candidate: is required']);
  });

  it('names an interview event time without an offset', () => {
    const body = schedule('Scheduled', [{ startTime: '2025-01-14 15:00', endTime: '2025-01-14T16:00:00Z' }]);
    expect(refusedFields('ashby', body)).toEqual(['data.interviewSchedule.interviewEvents.0.startTime: must be an ISO 8601 instant with an offset']);
  });
});
