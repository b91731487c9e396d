/**
 * What the API does with an interview: parse, run the core lifecycle, store in one
 * conditional write. Returns the lifecycle's commands for the scheduler to carry out.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SchedulingFailed, StoreUnavailable, ValidationError, VersionConflict } from '@followup/core/errors';
import { sendInFlight } from '@followup/core/lifecycle/delivery';
import { apply, start, type Command, type InterviewState, type LifecycleEvent, type LifecycleEventType } from '@followup/core/lifecycle/index';
import type { StoredInterview } from '@followup/core/ports/index';
import { runCommands } from '@followup/core/ports/scheduler';
import { fieldErrors, interviewRecordSchema, parseRecord, type InterviewRecord } from '@followup/core/record';
import type { AppDeps } from '../env.ts';
import { mergePatch } from './merge-patch.ts';

/** The record as validated by its schema, before defaults: what is stored and patched. */
export type RecordInput = Record<string, unknown>;

export interface Outcome {
  interview: StoredInterview;
  commands: Command[];
}

/** Writes without If-Match re-read and retry this often when someone else wrote first. */
const ATTEMPTS = 3;

/** Events after which no reminder may leave: they wait for a send already in flight. */
const STOPPING: ReadonlySet<LifecycleEventType> = new Set(['offer', 'next_round', 'rejection', 'reply', 'posting_closed', 'withdrawn', 'stop']);
/** How long such an event waits for a send in flight (real time) before asking the client to retry. */
const SEND_WAIT_MS = 5_000;
const SEND_POLL_MS = 25;

/** A reminder of this interview is being sent; the event must wait until it is out. */
class SendInFlight extends Error {}

/**
 * A new interview at version 1, its plan started.
 * @example const { interview } = await createInterview(deps, 'acme', body)
 */
export async function createInterview(deps: AppDeps, tenant: string, input: RecordInput, idempotencyKey?: string): Promise<Outcome> {
  const [state, commands] = start(parseRecord(input), { now: deps.clock.now() });
  const interview = await deps.interviews.create({ id: deps.newId(), tenant, input, state, idempotencyKey });
  return carryOut(deps, { interview, commands });
}

/**
 * Merges `patch` into the record (RFC 7396) at version `ifMatch`; an active interview's pending
 * milestones are re-planned, the ones already reached stay as they are.
 */
export async function patchInterview(deps: AppDeps, tenant: string, id: string, patch: unknown, ifMatch: number | undefined): Promise<Outcome> {
  const outcome = await onLatest(deps, tenant, id, ifMatch, async (current) => {
    const input = checkedInput(mergePatch(current.input, patch));
    const [state, commands] = replan(current.state, parseRecord(input), deps.clock.now());
    return { interview: await deps.interviews.update(current, { input, state }), commands };
  });
  return carryOut(deps, outcome);
}

/** Applies a lifecycle event; `IllegalTransition` when the interview's state does not allow it. */
export async function applyEvent(
  deps: AppDeps, tenant: string, id: string, event: LifecycleEvent, ifMatch: number | undefined, idempotencyKey?: string,
): Promise<Outcome> {
  const outcome = await onLatest(deps, tenant, id, ifMatch, async (current) => {
    // POLICY: nothing is sent after a reply, offer, rejection, withdrawal or stop is acknowledged.
    if (STOPPING.has(event.type) && sendInFlight(current.state, deps.clock.now())) throw new SendInFlight();
    const [state, commands] = apply(current.state, event, { now: deps.clock.now() });
    const input = state.record === current.state.record ? undefined : withLifecycleChanges(current.input, state.record);
    return { interview: await deps.interviews.update(current, { state, input, idempotencyKey }), commands };
  });
  return carryOut(deps, outcome);
}

/**
 * The stored input with what events change in the record (a moved interview, a new decision
 * date), so a later merge patch starts from the record as it now stands.
 */
function withLifecycleChanges(input: RecordInput, record: InterviewRecord): RecordInput {
  const { startsAt, endsAt } = record.interview;
  const decision = record.decisionExpectedBy === undefined ? {} : { decisionExpectedBy: record.decisionExpectedBy };
  return { ...input, ...decision, interview: { ...(input.interview as object), startsAt, endsAt } };
}

/** Deletes the interview with the candidate's personal data; every scheduled milestone is cancelled. */
export async function eraseInterview(deps: AppDeps, tenant: string, id: string, ifMatch: number | undefined): Promise<Command[]> {
  const outcome = await onLatest(deps, tenant, id, ifMatch, async (current) => {
    await deps.interviews.erase(current);
    const commands = current.state.milestones
      .filter((m) => m.status === 'scheduled')
      .map((m): Command => ({ type: 'cancel', kind: m.kind, revision: m.revision }));
    return { interview: current, commands };
  });
  return (await carryOut(deps, outcome)).commands;
}

/**
 * POLICY "interview moved": a changed record re-plans every milestone not yet reached, which is
 * what the lifecycle's `interview_moved` does. Only an active interview has a plan to redo.
 */
function replan(state: InterviewState, record: InterviewRecord, now: number): [InterviewState, Command[]] {
  if (state.status !== 'active' || JSON.stringify(record) === JSON.stringify(state.record)) return [{ ...state, record }, []];
  const { startsAt, endsAt } = record.interview;
  return apply({ ...state, record }, { type: 'interview_moved', startsAt, endsAt }, { now });
}

/**
 * Creates and deletes the schedules the lifecycle asked for. A schedule that cannot be made is
 * not lost: the milestone stays in the due-time index and the sweeper sends it.
 */
async function carryOut(deps: AppDeps, outcome: Outcome): Promise<Outcome> {
  const { interview, commands } = outcome;
  const target = { tenantId: interview.tenant, interviewId: interview.id, timeZone: interview.state.record.candidate.timeZone };
  try {
    await runCommands(deps.scheduler, target, commands);
  } catch (error) {
    if (!(error instanceof SchedulingFailed)) throw error;
    console.warn(`followup: scheduling for interview ${interview.id} failed, the sweeper will send it: ${error.message}`);
  }
  return outcome;
}

function checkedInput(value: unknown): RecordInput {
  const parsed = interviewRecordSchema.safeParse(value);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
  return parsed.data;
}

/**
 * Reads the interview and writes a change computed from it. With If-Match the client's version
 * must be the current one; without, losing a race to another writer means read again and retry.
 */
async function onLatest<T>(
  deps: AppDeps, tenant: string, id: string, ifMatch: number | undefined, write: (current: StoredInterview) => Promise<T>,
): Promise<T> {
  let waits = 0;
  for (let attempt = 1; ; attempt++) {
    const current = await deps.interviews.get(tenant, id);
    if (ifMatch !== undefined && current.version !== ifMatch) throw new VersionConflict(id, ifMatch);
    try {
      return await write(current);
    } catch (error) {
      if (error instanceof SendInFlight) {
        if (++waits > SEND_WAIT_MS / SEND_POLL_MS) throw new StoreUnavailable('a reminder of this interview is being sent right now; retry in a few seconds');
        await sleep(SEND_POLL_MS);
        attempt--;
        continue;
      }
      if (!(error instanceof VersionConflict) || ifMatch !== undefined || attempt >= ATTEMPTS) throw error;
    }
  }
}
