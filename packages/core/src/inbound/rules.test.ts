import { describe, expect, it } from 'vitest';
import { autoReplyRule } from './auto-reply.ts';
import { decisionDate } from './decision-date.ts';
import { excerptOf } from './excerpt.ts';
import { forwardedOf } from './forwarded.ts';
import { outOfOfficeDelay } from './out-of-office.ts';
import { returnDate } from './return-date.ts';
import { suggestVerdict } from './verdict.ts';
import type { Milestone } from '../planner/milestone.ts';

const NY = 'America/New_York';
const MON_20_JAN = Date.parse('2025-01-20T15:00:00Z');

describe('suggestVerdict', () => {
  it.each([
    ['We are pleased to extend you an offer for the role.', 'offer'],
    ["We'd love to move you to the next round with our CTO.", 'next_round'],
    ['Could we schedule a second interview next week?', 'next_round'],
    ['We have decided to move forward with other candidates.', 'rejection'],
    ["Unfortunately we can't offer you the position.", 'rejection'],
    ['Thanks, we are still interviewing and will be in touch.', 'other'],
  ])('%s → %s', (text, verdict) => {
    expect(suggestVerdict(text).verdict).toBe(verdict);
  });
});

describe('returnDate', () => {
  it('reads "back on" as the first day back and "until" as the last day away, relative to the reply', () => {
    expect(returnDate('I will be back on Monday.', MON_20_JAN, NY)?.backOn).toBe('2025-01-27');
    expect(returnDate("I'm away until 31 January.", MON_20_JAN, NY)?.backOn).toBe('2025-02-01');
    expect(returnDate('Out of office from Jan 20 to Jan 24.', MON_20_JAN, NY)?.backOn).toBe('2025-01-25');
  });

  it('ignores dates not tied to being away, and returns on or before the reply day', () => {
    expect(returnDate('I am at a conference. The keynote is on 28 January.', MON_20_JAN, NY)).toBeUndefined();
    expect(returnDate('Back today.', MON_20_JAN, NY)).toBeUndefined();
  });
});

describe('decisionDate', () => {
  it('reads "Friday the 12th" as the Friday that is the 12th, not the next Friday', () => {
    expect(decisionDate("We'll decide by Friday the 12th.", Date.parse('2025-09-02T15:00:00Z'), NY)).toBe('2025-09-12');
  });
  it('needs a word for deciding in the same sentence', () => {
    expect(decisionDate('Our office is closed on Friday. We are still talking to people.', MON_20_JAN, NY)).toBeUndefined();
    expect(decisionDate('You will hear from us by next Friday.', MON_20_JAN, NY)).toBe('2025-01-31');
  });
});

describe('autoReplyRule', () => {
  it('takes RFC 3834 values other than "no", the vendor headers and the subjects; "Auto-Submitted: no" is a person', () => {
    const rule = (headers: Record<string, string>, subject = 'Re: hello') => autoReplyRule({ headers, subject });
    expect(rule({ 'auto-submitted': 'auto-replied' })).toMatch(/RFC 3834/);
    expect(rule({ 'auto-submitted': 'no' })).toBeUndefined();
    expect(rule({ 'x-autorespond': 'x' })).toBeDefined();
    expect(rule({ precedence: 'auto_reply' })).toBeDefined();
    expect(rule({ precedence: 'bulk' })).toBeUndefined();
    expect(rule({}, 'Automatic reply: hello')).toBeDefined();
    expect(rule({}, 'Out of Office: hello')).toBeDefined();
  });
});

describe('forwardedOf and excerptOf', () => {
  it("reads Outlook's [mailto:] form and strips quoted history from an excerpt", () => {
    const f = forwardedOf('FYI\n-----Original Message-----\nFrom: Bo Chen [mailto:Bo@Acme.example]\nSent: Tuesday, January 21, 2025 9:41 AM\nSubject: Hi\n\nBody here');
    expect(f).toMatchObject({ format: 'outlook', from: { address: 'bo@acme.example', name: 'Bo Chen' }, subject: 'Hi', text: 'Body here' });
    expect(excerptOf('Thanks!\n\nOn Mon, Jan 20, 2025 at 9:00 AM Ann wrote:\n> old')).toBe('Thanks!');
    expect(excerptOf('x'.repeat(900)).length).toBe(500);
  });
});

describe('outOfOfficeDelay', () => {
  const m = (kind: Milestone['kind'], dueAt: string, status: Milestone['status'] = 'scheduled'): Milestone =>
    ({ kind, status, dueAt, localDueAt: dueAt, reason: '', skippedDays: [], revision: 1 });
  const plan = [m('thank_you', '2025-01-16T14:00:00Z', 'reminded'), m('follow_up_1', '2025-01-21T14:00:00Z'), m('follow_up_2', '2025-01-28T14:00:00Z')];

  it('moves the next pending follow-up to the day after the return, 7 days without one, and never more than 30', () => {
    expect(outOfOfficeDelay(plan, { backOn: '2025-02-03', now: MON_20_JAN, timeZone: NY, from: 'bo@x' })).toMatchObject({ kind: 'follow_up_1', until: '2025-02-04' });
    expect(outOfOfficeDelay(plan, { now: MON_20_JAN, timeZone: NY, from: 'bo@x' })).toMatchObject({ kind: 'follow_up_1', until: '2025-01-27' });
    expect(outOfOfficeDelay(plan, { backOn: '2025-06-01', now: MON_20_JAN, timeZone: NY, from: 'bo@x' })).toMatchObject({ until: '2025-02-19' });
  });

  it('leaves a follow-up already due after the return alone', () => {
    expect(outOfOfficeDelay(plan, { backOn: '2025-01-20', now: MON_20_JAN, timeZone: NY, from: 'bo@x' })).toBeUndefined();
  });
});
