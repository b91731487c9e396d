import { describe, expect, it } from 'vitest';
import { edited, receive, refusedFields } from '../../../../../test/support/webhooks/receive.ts';
import { sample } from '../../../../../test/support/webhooks/samples.ts';

// Lever publishes this sample as invalid JSON; the .fixed-json copy adds only the two commas.
const STAGE_CHANGE = 'lever-candidateStageChange.fixed-json.json';
const OPPORTUNITY = { applicationId: '3410c8b9-5c31-4bab-b7e9-9f710206d647', candidateId: 'daeaa038-cddb-4d69-9b8c-74b6c23be3f3' };

describe('Lever translation of the published samples', () => {
  it('candidateStageChange is a next round of the opportunity', () => {
    expect(receive('lever', sample(STAGE_CHANGE))).toEqual({ action: 'event', match: OPPORTUNITY, event: { type: 'next_round' } });
  });

  it('candidateArchiveChange to archived is a rejection; back to unarchived is ignored', () => {
    const archived = edited(STAGE_CHANGE, (b) => {
      b.event = 'candidateArchiveChange';
      b.data = { opportunityId: b.data.opportunityId, toArchived: { archivedAt: 1431454330072, reason: 'reason-id' }, fromArchived: null };
    });
    expect(receive('lever', archived)).toEqual({ action: 'event', match: { applicationId: OPPORTUNITY.applicationId }, event: { type: 'rejection' } });
    const unarchived = edited(STAGE_CHANGE, (b) => {
      b.event = 'candidateArchiveChange';
      b.data = { opportunityId: b.data.opportunityId, toArchived: null, fromArchived: { archivedAt: 1, reason: 'x' } };
    });
    expect(receive('lever', unarchived)).toEqual({ action: 'ignore', why: 'Lever opportunity unarchived' });
  });

  it('acknowledges the candidateHired test ping (empty data) without acting', () => {
    expect(receive('lever', sample('lever-candidateHired-test-ping.json'))).toMatchObject({ action: 'ignore' });
  });
});

describe('Lever malformed payloads', () => {
  it('names the missing opportunity id', () => {
    const body = edited(STAGE_CHANGE, (b) => delete b.data.opportunityId);
    expect(refusedFields('lever', body)).toEqual(['data.opportunityId: is required']);
  });

  it('names a missing data object', () => {
    expect(refusedFields('lever', edited(STAGE_CHANGE, (b) => delete b.data))).toEqual(['data: is required']);
  });
});
