import { describe, expect, it } from 'vitest';
import { AlreadyClaimed } from '../errors/errors.ts';
import { record } from '../../../../test/support/records.ts';
import { apply, start } from './apply.ts';
import { abandonedClaims, blockEmail, claim, CLAIM_LEASE_MS, delivered, released, sendInFlight, unconfirmed } from './delivery.ts';

const CREATED = Date.parse('2025-01-13T16:30:00Z');
const DUE = Date.parse('2025-01-15T16:00:00Z'); // the thank-you
const [state] = start(record(), { now: CREATED });
const statusOf = (s: typeof state, kind = 'thank_you') => s.milestones.find((m) => m.kind === kind)!;

describe('claiming a milestone', () => {
  it('claims a due, scheduled milestone of the same revision', () => {
    const claimed = claim(state, 'thank_you', 1, DUE);
    expect(statusOf(claimed)).toMatchObject({ status: 'sending', claimedAt: '2025-01-15T16:00:00.000Z' });
    expect(statusOf(state).status).toBe('scheduled');
  });

  it.each([
    ['already claimed', () => claim(claim(state, 'thank_you', 1, DUE), 'thank_you', 1, DUE)],
    ['another revision', () => claim(state, 'thank_you', 2, DUE)],
    ['not yet due', () => claim(state, 'thank_you', 1, DUE - 1)],
    ['cancelled by a stop', () => claim(apply(state, { type: 'stop' }, { now: CREATED })[0], 'thank_you', 1, DUE)],
    ['a status check after a reply', () => claim(apply(state, { type: 'reply' }, { now: CREATED })[0], 'follow_up_1', 1, Date.parse('2025-01-21T14:00:00Z'))],
    ['the address bounced', () => claim(blockEmail(state, 'bounce', CREATED), 'thank_you', 1, DUE)],
  ])('refuses a milestone %s', (_, attempt) => {
    expect(attempt).toThrow(AlreadyClaimed);
  });
});

describe('after the send', () => {
  const claimed = claim(state, 'thank_you', 1, DUE);

  it('keeps the message id of a delivered reminder', () => {
    expect(statusOf(delivered(claimed, 'thank_you', 1, 'msg-1'))).toMatchObject({ status: 'reminded', messageId: 'msg-1', claimedAt: undefined });
  });

  it('puts a known failure back to scheduled for the sweeper, and an unknown outcome aside', () => {
    expect(statusOf(released(claimed, 'thank_you', 1, 'MessageRejected'))).toMatchObject({ status: 'scheduled', deliveryError: 'MessageRejected' });
    expect(statusOf(unconfirmed(claimed, 'thank_you', 1, 'TimeoutError', DUE))).toMatchObject({ status: 'unconfirmed', deliveryError: 'TimeoutError', unconfirmedAt: new Date(DUE).toISOString() });
  });

  it('changes nothing for a milestone no longer being sent at that revision', () => {
    expect(delivered(state, 'thank_you', 1, 'msg-1')).toBe(state);
    expect(released(claimed, 'thank_you', 2, 'x')).toBe(claimed);
  });

  it('counts a send as in flight for the length of its lease, then as abandoned', () => {
    expect(sendInFlight(claimed, DUE + CLAIM_LEASE_MS - 1)).toBe(true);
    expect(abandonedClaims(claimed, DUE + CLAIM_LEASE_MS - 1)).toEqual([]);
    expect(sendInFlight(claimed, DUE + CLAIM_LEASE_MS)).toBe(false);
    expect(abandonedClaims(claimed, DUE + CLAIM_LEASE_MS).map((m) => m.kind)).toEqual(['thank_you']);
  });
});

describe('a bounced address', () => {
  it('is marked on the interview and cancels every reminder still to come', () => {
    const blocked = blockEmail(state, 'complaint', CREATED);
    expect(blocked.emailBlocked).toEqual({ reason: 'complaint', at: '2025-01-13T16:30:00.000Z' });
    expect(blocked.milestones.every((m) => m.status === 'cancelled')).toBe(true);
    expect(blockEmail(blocked, 'bounce', CREATED)).toBe(blocked);
  });
});

describe('the claim lease runs on real time', () => {
  it("is not over when a demo's faster plan clock passes five minutes", () => {
    const state = start(record(), { now: Date.parse('2025-01-13T12:00:00Z') })[0];
    const m = state.milestones.find((x) => x.kind === 'thank_you')!;
    const planNow = Date.parse(m.dueAt);
    const realAt = Date.parse('2026-12-01T10:00:00Z');
    const claimed = claim(state, 'thank_you', m.revision, planNow, 'iv', realAt);
    // 100 ms of real time (6 minutes of plan time at 3600×): the send is still in flight.
    expect(sendInFlight(claimed, realAt + 100)).toBe(true);
    expect(abandonedClaims(claimed, realAt + 100)).toEqual([]);
    expect(sendInFlight(claimed, realAt + CLAIM_LEASE_MS)).toBe(false);
  });
});
