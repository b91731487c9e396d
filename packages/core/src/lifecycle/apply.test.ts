import { describe, expect, it } from 'vitest';
import { IllegalTransition } from '../errors/errors.ts';
import { record } from '../../../../test/support/records.ts';
import { apply, start } from './apply.ts';
import type { InterviewState, LifecycleEvent } from './types.ts';

const at = (iso: string) => Date.parse(iso);
// Interview Mon 13 Jan 2025 10:00–11:00 New York; MLK Day is Mon 20 Jan.
const CREATED = at('2025-01-13T16:30:00Z');
const status = (s: InterviewState) => Object.fromEntries(s.milestones.map((m) => [m.kind, m.status]));
const local = (s: InterviewState) => Object.fromEntries(s.milestones.map((m) => [m.kind, m.localDueAt]));

function started(patch = {}): InterviewState {
  return start(record(patch), { now: CREATED })[0];
}

describe('start', () => {
  it('schedules every planned milestone', () => {
    const [state, commands] = start(record(), { now: CREATED });
    expect(state.status).toBe('active');
    expect(commands).toEqual(state.milestones.map((m) => ({ type: 'schedule', kind: m.kind, revision: 1, dueAt: m.dueAt })));
  });

  it('schedules nothing for a thank-you skipped as too late', () => {
    const [, commands] = start(record(), { now: at('2025-01-20T16:00:00Z') });
    expect(commands.map((c) => c.kind)).not.toContain('thank_you');
  });
});

describe('events', () => {
  it('offer: cancels everything pending and plans the offer reply now, snapped', () => {
    const now = at('2025-01-17T23:30:00Z'); // Fri 18:30 EST: after the window, then a weekend and MLK Day
    const [next, commands] = apply(started(), { type: 'offer' }, { now });
    expect(next.status).toBe('offer_received');
    expect(status(next)).toEqual({ thank_you: 'cancelled', follow_up_1: 'cancelled', follow_up_2: 'cancelled', move_on: 'cancelled', offer_reply: 'scheduled' });
    expect(local(next).offer_reply).toBe('2025-01-21T09:00:00-05:00');
    expect(commands.filter((c) => c.type === 'cancel').map((c) => c.kind)).toEqual(['thank_you', 'follow_up_1', 'follow_up_2', 'move_on']);
    expect(commands.at(-1)).toMatchObject({ type: 'schedule', kind: 'offer_reply', revision: 1 });
  });

  it('next_round: cancels the status checks but keeps the thank-you, and plans preparation', () => {
    const [next] = apply(started(), { type: 'next_round' }, { now: at('2025-01-14T15:00:00Z') });
    expect(next.status).toBe('advanced');
    expect(status(next)).toMatchObject({ thank_you: 'scheduled', follow_up_1: 'cancelled', move_on: 'cancelled', next_round_prep: 'scheduled' });
    expect(local(next).next_round_prep).toBe('2025-01-14T10:00:00-05:00');
  });

  it('rejection: cancels everything and asks for feedback the next business day', () => {
    const [next] = apply(started(), { type: 'rejection' }, { now: at('2025-01-17T15:00:00Z') }); // Fri
    expect(next.status).toBe('rejected');
    expect(local(next).feedback_request).toBe('2025-01-21T09:00:00-05:00');
    expect(next.milestones.find((m) => m.kind === 'feedback_request')!.reason).toContain('the day after the rejection (Fri 17 Jan) is Sat 18 Jan, weekend');
  });

  it('reply without a date: cancels the status checks, nothing more', () => {
    const [next, commands] = apply(started(), { type: 'reply' }, { now: at('2025-01-15T15:00:00Z') });
    expect(next.status).toBe('active');
    expect(status(next)).toMatchObject({ thank_you: 'scheduled', follow_up_1: 'cancelled', follow_up_2: 'cancelled', move_on: 'cancelled' });
    expect(commands.every((c) => c.type === 'cancel')).toBe(true);
  });

  it('reply with a new decision date: re-plans the checks left from that date, keeping the count sent', () => {
    let state = started();
    state = apply(state, { type: 'sent', kind: 'follow_up_1', on: '2025-01-21' }, { now: at('2025-01-21T16:00:00Z') })[0];
    const [next, commands] = apply(state, { type: 'reply', decisionExpectedBy: '2025-02-05' }, { now: at('2025-01-23T16:00:00Z') });
    expect(next.record.decisionExpectedBy).toBe('2025-02-05');
    expect(status(next)).toMatchObject({ follow_up_1: 'done', follow_up_2: 'scheduled', move_on: 'scheduled' });
    expect(local(next)).toMatchObject({ follow_up_2: '2025-02-06T09:00:00-05:00', move_on: '2025-02-13T09:00:00-05:00' });
    const fu2 = next.milestones.find((m) => m.kind === 'follow_up_2')!;
    expect(fu2.revision).toBe(2);
    expect(commands).toContainEqual({ type: 'cancel', kind: 'follow_up_2', revision: 1 });
    expect(commands).toContainEqual({ type: 'schedule', kind: 'follow_up_2', revision: 2, dueAt: fu2.dueAt });
  });

  it('posting_closed: cancels everything and advises moving on now', () => {
    const [next] = apply(started(), { type: 'posting_closed' }, { now: at('2025-01-22T15:00:00Z') });
    expect(next.status).toBe('posting_closed');
    expect(status(next)).toMatchObject({ follow_up_1: 'cancelled', move_on: 'scheduled' });
    expect(local(next).move_on).toBe('2025-01-22T10:00:00-05:00');
  });

  it.each(['withdrawn', 'stop'] as const)('%s: cancels everything and sends nothing more', (type) => {
    const [next, commands] = apply(started(), { type }, { now: at('2025-01-14T15:00:00Z') });
    expect(next.milestones.every((m) => m.status === 'cancelled')).toBe(true);
    expect(commands.every((c) => c.type === 'cancel')).toBe(true);
    expect(() => apply(next, { type: 'offer' }, { now: at('2025-01-15T15:00:00Z') })).toThrow(IllegalTransition);
  });

  it('sent: marks the milestone done and counts the next link from the reported day', () => {
    let state = started();
    state = apply(state, { type: 'sent', kind: 'thank_you', on: '2025-01-14' }, { now: at('2025-01-14T20:00:00Z') })[0];
    expect(status(state).thank_you).toBe('done');
    // Follow-up 1 sent late, on Thu 23 Jan: follow-up 2 moves from Tue 28 Jan to Thu 30 Jan.
    const [next, commands] = apply(state, { type: 'sent', kind: 'follow_up_1', on: '2025-01-23' }, { now: at('2025-01-23T20:00:00Z') });
    expect(local(next)).toMatchObject({ follow_up_2: '2025-01-30T09:00:00-05:00', move_on: '2025-02-06T09:00:00-05:00' });
    expect(next.milestones.find((m) => m.kind === 'follow_up_2')!.reason).toBe('7 days after you sent follow-up 1 (Thu 23 Jan): due Thu 30 Jan 09:00 EST');
    expect(commands.map((c) => `${c.type} ${c.kind} ${c.revision}`)).toEqual([
      'cancel follow_up_1 1',
      'cancel follow_up_2 1',
      'schedule follow_up_2 2',
      'cancel move_on 1',
      'schedule move_on 2',
    ]);
  });

  it('sent: a thank-you sent late moves no status check', () => {
    const [next, commands] = apply(started(), { type: 'sent', kind: 'thank_you', on: '2025-01-17' }, { now: at('2025-01-17T20:00:00Z') });
    expect(local(next).follow_up_1).toBe('2025-01-21T09:00:00-05:00');
    expect(commands).toEqual([{ type: 'cancel', kind: 'thank_you', revision: 1 }]);
  });

  it('sent: marks advice with no draft (move on) as done with', () => {
    const [next] = apply(started(), { type: 'sent', kind: 'move_on', on: '2025-01-15' }, { now: at('2025-01-15T20:00:00Z') });
    expect(status(next).move_on).toBe('done');
  });

  it('sent: leaves later links alone when the day reported keeps their dates', () => {
    const [, commands] = apply(started(), { type: 'sent', kind: 'follow_up_1', on: '2025-01-21' }, { now: at('2025-01-21T20:00:00Z') });
    expect(commands).toEqual([{ type: 'cancel', kind: 'follow_up_1', revision: 1 }]);
  });

  it('snooze: moves the milestone to the date and keeps the gaps after it', () => {
    const [next] = apply(started(), { type: 'snooze', kind: 'follow_up_1', until: '2025-01-27' }, { now: at('2025-01-21T15:00:00Z') });
    expect(local(next)).toMatchObject({ follow_up_1: '2025-01-27T09:00:00-05:00', follow_up_2: '2025-02-03T09:00:00-05:00', move_on: '2025-02-10T09:00:00-05:00' });
    expect(next.milestones.find((m) => m.kind === 'follow_up_1')!.reason).toBe('snoozed until Mon 27 Jan: due Mon 27 Jan 09:00 EST');
  });

  it('interview_moved: re-plans what is pending from the new time; done ones stay done', () => {
    let state = started({ contacts: [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/maya' }] });
    state = apply(state, { type: 'sent', kind: 'linkedin_connect', on: '2025-01-13' }, { now: CREATED })[0];
    const [next] = apply(state, { type: 'interview_moved', startsAt: '2025-01-15T14:00:00-05:00' }, { now: at('2025-01-14T15:00:00Z') });
    expect(next.record.interview.endsAt).toBe('2025-01-15T20:00:00.000Z');
    expect(local(next)).toMatchObject({ thank_you: '2025-01-17T15:00:00-05:00', follow_up_1: '2025-01-22T09:00:00-05:00' });
    expect(status(next).linkedin_connect).toBe('done');
    expect(next.milestones.find((m) => m.kind === 'thank_you')!.revision).toBe(2);
  });
});

describe('a changed record', () => {
  it('cancels what the record no longer plans: LinkedIn turned off, fewer follow-ups', () => {
    const before = started({ contacts: [{ name: 'Maya Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/maya' }], preferences: { maxFollowUps: 3 } });
    const changed = { ...before.record, preferences: { linkedin: false, maxFollowUps: 2 as const } };
    const [next, commands] = apply({ ...before, record: changed }, { type: 'interview_moved', startsAt: before.record.interview.startsAt }, { now: CREATED });
    expect(status(next)).toMatchObject({ linkedin_connect: 'cancelled', final_follow_up: 'cancelled', follow_up_2: 'scheduled' });
    expect(commands).toContainEqual({ type: 'cancel', kind: 'linkedin_connect', revision: 1 });
  });
});

describe('illegal transitions', () => {
  const now = at('2025-01-15T15:00:00Z');
  const cases: [string, () => InterviewState, LifecycleEvent][] = [
    ['sent on a cancelled milestone', () => apply(started(), { type: 'reply' }, { now })[0], { type: 'sent', kind: 'follow_up_1' }],
    ['sent twice', () => apply(started(), { type: 'sent', kind: 'thank_you' }, { now })[0], { type: 'sent', kind: 'thank_you' }],
    ['sent for a kind not in the plan', started, { type: 'sent', kind: 'final_follow_up' }],
    ['sent on a future day', started, { type: 'sent', kind: 'thank_you', on: '2025-01-20' }],
    ['snooze into the past', started, { type: 'snooze', kind: 'follow_up_1', until: '2025-01-10' }],
    ['reply after an offer', () => apply(started(), { type: 'offer' }, { now })[0], { type: 'reply' }],
    ['interview moved after a rejection', () => apply(started(), { type: 'rejection' }, { now })[0], { type: 'interview_moved', startsAt: '2025-01-20T10:00:00Z' }],
  ];
  it.each(cases)('rejects %s', (_, state, event) => {
    const before = state();
    const snapshot = structuredClone(before);
    expect(() => apply(before, event, { now })).toThrow(IllegalTransition);
    expect(before).toEqual(snapshot);
  });
});
