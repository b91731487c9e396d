/**
 * What a verified, translated delivery does to the tenant's interviews: it finds the interview
 * by the core's matching rules and changes it through the interview service, in one read and
 * at most one conditional write. Returns the delivery log's outcome; throws only what should
 * fail the request (a `ValidationError`: 400; store errors).
 */
import { IllegalTransition, NotFound } from '@followup/core/errors';
import { claimForNew, describeMatch, findInterview, forBooking, forEvent, mergePatch, remember, type MatchKeys, type MatchScope } from '@followup/core/interviews';
import { nextStatus, type LifecycleEvent } from '@followup/core/lifecycle';
import type { DeliveryEntry, EndpointDefaults, StoredInterview } from '@followup/core/ports';
import type { AppDeps } from '../http/env.ts';
import type { InterviewPatch, WebhookAction } from './action.ts';
import { newRecord } from './new-record.ts';

export type Result = Pick<DeliveryEntry, 'outcome' | 'interviewIds' | 'why'>;

/** A delivery's tenant and provider, with the deps it runs on. */
export interface DeliveryScope {
  deps: AppDeps;
  tenant: string;
  provider: string;
}

const ignored = (why: string, interviewIds: string[] = []): Result => ({ outcome: 'ignored', interviewIds, why });
const applied = (why: string, ...interviewIds: string[]): Result => ({ outcome: 'applied', interviewIds, why });
const unmatched = (match: MatchKeys): Result => ({ outcome: 'unmatched', interviewIds: [], why: `no interview matches ${describeMatch(match)}` });

const matchScope = ({ deps, tenant, provider }: DeliveryScope): MatchScope => ({ store: deps.store, matches: deps.webhooks.matches, tenant, provider });

/**
 * @example await applyDelivery(scope, endpoint.defaults, translate('calcom', rawBody)) // { outcome: 'applied', interviewIds: ['…'], why: 'created …' }
 */
export async function applyDelivery(scope: DeliveryScope, defaults: EndpointDefaults, action: WebhookAction): Promise<Result> {
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

/**
 * A booking: moves the interview it matches, or creates one from the payload and the defaults.
 * The new interview's id claims the booking's id first, so a twin delivery racing this one
 * finds it and applies itself to it instead of creating a second interview.
 */
async function upsert(scope: DeliveryScope, defaults: EndpointDefaults, match: MatchKeys, record: InterviewPatch): Promise<Result> {
  const { deps, tenant } = scope;
  const existing = await findInterview(matchScope(scope), match, forBooking(deps.clock.now()));
  if (existing) return updateFromBooking(scope, existing, match, record);
  const built = newRecord(record, defaults);
  if (!built.ok) return { outcome: built.outcome, interviewIds: [], why: built.why };
  const id = deps.newId();
  const twin = await claimForNew(matchScope(scope), match, id, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  if (twin) return updateFromBooking(scope, twin, match, record);
  const { interview } = await deps.interviews.create(tenant, built.input, { id });
  await remember(matchScope(scope), match, interview.id);
  return applied(`created the interview of ${interview.state.record.interview.startsAt} and planned its follow-ups`, interview.id);
}

async function updateFromBooking(scope: DeliveryScope, existing: StoredInterview, match: MatchKeys, record: InterviewPatch): Promise<Result> {
  const [result] = await Promise.all([change(scope, existing, bookingPatch(existing, record), 'updated from the booking'), remember(matchScope(scope), match, existing.id)]);
  return result;
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
 * A merge patch through the service, on the interview just read: an active interview whose
 * time changed is re-planned (`interview_moved`); a patch that changes nothing writes nothing.
 */
async function change(scope: DeliveryScope, current: StoredInterview, patch: Record<string, unknown>, what: string): Promise<Result> {
  if (JSON.stringify(mergePatch(current.input, patch)) === JSON.stringify(current.input)) {
    return ignored('the interview already has these details', [current.id]);
  }
  const { interview } = await scope.deps.interviews.patch(scope.tenant, current.id, patch, { current });
  const moved = interview.state.record.interview.startsAt !== current.state.record.interview.startsAt;
  return applied(moved ? `${what}: moved to ${interview.state.record.interview.startsAt}, pending follow-ups re-planned` : what, interview.id);
}

async function event(scope: DeliveryScope, match: MatchKeys, event: LifecycleEvent, newBookingId?: string): Promise<Result> {
  const interview = await findInterview(matchScope(scope), match, forEvent);
  if (!interview) return unmatched(match);
  await Promise.all([remember(matchScope(scope), match, interview.id), newBookingId && remember(matchScope(scope), { bookingId: newBookingId }, interview.id)]);
  if (event.type === 'interview_moved') {
    // As a merge patch, not an event: the stored record (what later patches merge into) moves too.
    if (!nextStatus(interview.state.status, event.type)) return ignored(new IllegalTransition(event.type, `the interview is ${interview.state.status}`).message, [interview.id]);
    return change(scope, interview, { interview: { startsAt: event.startsAt, endsAt: event.endsAt ?? null } }, 'interview moved');
  }
  try {
    await scope.deps.interviews.applyEvent(scope.tenant, interview.id, event, { current: interview });
  } catch (error) {
    if (error instanceof IllegalTransition) return ignored(error.message, [interview.id]);
    throw error;
  }
  return applied(`${event.type} applied`, interview.id);
}

/** The interview was held: its end time, if it differs, is corrected (and an active plan re-planned from it). */
async function confirmEnd(scope: DeliveryScope, match: MatchKeys, endsAt: string): Promise<Result> {
  const interview = await findInterview(matchScope(scope), match, forEvent);
  if (!interview) return unmatched(match);
  await remember(matchScope(scope), match, interview.id);
  if (Date.parse(interview.state.record.interview.endsAt) === Date.parse(endsAt)) return ignored('the interview ended when planned', [interview.id]);
  return change(scope, interview, { interview: { endsAt } }, `end time confirmed as ${endsAt}`);
}

/** POLICY `posting_closed` for every interview on the job that still accepts it. */
async function jobClosed(scope: DeliveryScope, jobId: string): Promise<Result> {
  const { deps, tenant, provider } = scope;
  const ids = await deps.webhooks.matches.jobInterviews(tenant, provider, jobId);
  if (!ids.length) return { outcome: 'unmatched', interviewIds: [], why: `no interview is known on job ${jobId}` };
  const closed: string[] = [];
  const refused: string[] = [];
  for (const id of ids) {
    try {
      await deps.interviews.applyEvent(tenant, id, { type: 'posting_closed' });
      closed.push(id);
    } catch (error) {
      if (!(error instanceof IllegalTransition || error instanceof NotFound)) throw error;
      refused.push(id);
    }
  }
  const why = `posting_closed on ${closed.length} of the ${ids.length} interviews of job ${jobId}${refused.length ? ` (the others were already closed or gone)` : ''}`;
  return closed.length ? applied(why, ...closed) : ignored(why);
}
