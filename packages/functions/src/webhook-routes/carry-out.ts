/**
 * What a verified, translated delivery does to the tenant's interviews, always through the
 * interview service (the one path by which interviews change). Returns the delivery log's
 * outcome; throws only what should fail the request (a `ValidationError`: 400; store errors).
 */
import { IllegalTransition, NotFound } from '@followup/core/errors';
import { nextStatus, type LifecycleEvent } from '@followup/core/lifecycle/index';
import type { DeliveryEntry, EndpointDefaults, StoredInterview } from '@followup/core/ports/index';
import { applyEvent, createInterview, patchInterview } from '../interviews/service.ts';
import { mergePatch } from '../interviews/merge-patch.ts';
import type { InterviewPatch, MatchKeys, WebhookAction } from '../webhooks/index.ts';
import { describeMatch, findInterview, remember, type Scope } from './match.ts';
import { newRecord } from './new-record.ts';

export type Result = Pick<DeliveryEntry, 'outcome' | 'interviewIds' | 'why'>;

const ignored = (why: string, interviewIds: string[] = []): Result => ({ outcome: 'ignored', interviewIds, why });
const applied = (why: string, ...interviewIds: string[]): Result => ({ outcome: 'applied', interviewIds, why });
const unmatched = (match: MatchKeys): Result => ({ outcome: 'unmatched', interviewIds: [], why: `no interview matches ${describeMatch(match)}` });

const isActive = (interview: StoredInterview) => interview.state.status === 'active';
/** An event is about the candidate's newest active interview, else their newest. */
const forEvent = (newestFirst: StoredInterview[]) => newestFirst.find(isActive) ?? newestFirst[0];

/**
 * @example await carryOut(scope, endpoint.defaults, translate('calcom', rawBody)) // { outcome: 'applied', interviewIds: ['…'], why: 'created …' }
 */
export async function carryOut(scope: Scope, defaults: EndpointDefaults, action: WebhookAction): Promise<Result> {
  switch (action.action) {
    case 'ping':
      return ignored('the provider checked that the URL answers (ping)');
    case 'ignore':
      return ignored(action.why);
    case 'upsert_interview':
      return upsert(scope, defaults, action.match, action.record);
    case 'event':
      return event(scope, action.match, action.event, action.newBookingId);
    case 'confirm_end':
      return confirmEnd(scope, action.match, action.endsAt);
    case 'job_closed':
      return jobClosed(scope, action.match.jobId);
  }
}

/** A booking: moves the interview it matches, or creates one from the payload and the defaults. */
async function upsert(scope: Scope, defaults: EndpointDefaults, match: MatchKeys, record: InterviewPatch): Promise<Result> {
  const now = scope.deps.clock.now();
  // By email, only a booking not yet held is the same interview: a later one is a new round.
  const notYetHeld = (newestFirst: StoredInterview[]) =>
    newestFirst.find((i) => isActive(i) && Date.parse(i.state.record.interview.endsAt) > now);
  const existing = await findInterview(scope, match, notYetHeld);
  if (existing) {
    await remember(scope, match, existing.id);
    return change(scope, existing, bookingPatch(existing, record), 'updated from the booking');
  }
  const built = newRecord(record, defaults);
  if (!built.ok) return { outcome: built.outcome, interviewIds: [], why: built.why };
  const { interview } = await createInterview(scope.deps, scope.tenant, built.input);
  await remember(scope, match, interview.id);
  return applied(`created the interview of ${interview.state.record.interview.startsAt} and planned its follow-ups`, interview.id);
}

/** What a booking changes on an interview that exists: its times, and what the payload knows of the candidate and company. */
function bookingPatch(existing: StoredInterview, { interview, candidate, company, role, contacts }: InterviewPatch): Record<string, unknown> {
  return {
    interview: { startsAt: interview.startsAt, endsAt: interview.endsAt ?? null },
    ...(candidate && { candidate }),
    ...(company && { company }),
    ...(role && { role }),
    // Contacts the candidate added by hand are richer than a calendar's organizer: keep them.
    ...(contacts && !(existing.input.contacts as unknown[] | undefined)?.length && { contacts }),
  };
}

/**
 * A merge patch through the service: an active interview whose time changed is re-planned
 * (`interview_moved`); a patch that changes nothing writes nothing.
 */
async function change(scope: Scope, current: StoredInterview, patch: Record<string, unknown>, what: string): Promise<Result> {
  if (JSON.stringify(mergePatch(current.input, patch)) === JSON.stringify(current.input)) {
    return ignored('the interview already has these details', [current.id]);
  }
  const { interview } = await patchInterview(scope.deps, scope.tenant, current.id, patch, undefined);
  const moved = interview.state.record.interview.startsAt !== current.state.record.interview.startsAt;
  return applied(moved ? `${what}: moved to ${interview.state.record.interview.startsAt}, pending follow-ups re-planned` : what, interview.id);
}

async function event(scope: Scope, match: MatchKeys, event: LifecycleEvent, newBookingId?: string): Promise<Result> {
  const interview = await findInterview(scope, match, forEvent);
  if (!interview) return unmatched(match);
  await remember(scope, match, interview.id);
  if (newBookingId) await remember(scope, { bookingId: newBookingId }, interview.id);
  if (event.type === 'interview_moved') {
    // As a merge patch, not `applyEvent`: the stored record (what later patches merge into) moves too.
    if (!nextStatus(interview.state.status, event.type)) return ignored(new IllegalTransition(event.type, `the interview is ${interview.state.status}`).message, [interview.id]);
    return change(scope, interview, { interview: { startsAt: event.startsAt, endsAt: event.endsAt ?? null } }, 'interview moved');
  }
  try {
    await applyEvent(scope.deps, scope.tenant, interview.id, event, undefined);
  } catch (error) {
    if (error instanceof IllegalTransition) return ignored(error.message, [interview.id]);
    throw error;
  }
  return applied(`${event.type} applied`, interview.id);
}

/** The interview was held: its end time, if it differs, is corrected (and an active plan re-planned from it). */
async function confirmEnd(scope: Scope, match: MatchKeys, endsAt: string): Promise<Result> {
  const interview = await findInterview(scope, match, forEvent);
  if (!interview) return unmatched(match);
  await remember(scope, match, interview.id);
  if (Date.parse(interview.state.record.interview.endsAt) === Date.parse(endsAt)) return ignored('the interview ended when planned', [interview.id]);
  return change(scope, interview, { interview: { endsAt } }, `end time confirmed as ${endsAt}`);
}

/** POLICY `posting_closed` for every interview on the job that still accepts it. */
async function jobClosed(scope: Scope, jobId: string): Promise<Result> {
  const { deps, tenant, provider } = scope;
  const ids = await deps.webhooks.matches.jobInterviews(tenant, provider, jobId);
  if (!ids.length) return { outcome: 'unmatched', interviewIds: [], why: `no interview is known on job ${jobId}` };
  const closed: string[] = [];
  const refused: string[] = [];
  for (const id of ids) {
    try {
      await applyEvent(deps, tenant, id, { type: 'posting_closed' }, undefined);
      closed.push(id);
    } catch (error) {
      if (!(error instanceof IllegalTransition || error instanceof NotFound)) throw error;
      refused.push(id);
    }
  }
  const why = `posting_closed on ${closed.length} of the ${ids.length} interviews of job ${jobId}${refused.length ? ` (the others were already closed or gone)` : ''}`;
  return closed.length ? applied(why, ...closed) : ignored(why);
}
