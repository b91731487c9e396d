/**
 * What the API does with an interview: parse, run the core lifecycle, store in one
 * conditional write. Returns the lifecycle's commands for the scheduler to carry out.
 */
import { ValidationError, VersionConflict } from '@followup/core/errors';
import { apply, start, type Command, type InterviewState, type LifecycleEvent } from '@followup/core/lifecycle/index';
import type { StoredInterview } from '@followup/core/ports/index';
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

/**
 * A new interview at version 1, its plan started.
 * @example const { interview } = await createInterview(deps, 'acme', body)
 */
export async function createInterview(deps: AppDeps, tenant: string, input: RecordInput, idempotencyKey?: string): Promise<Outcome> {
  const [state, commands] = start(parseRecord(input), { now: deps.clock.now() });
  const interview = await deps.interviews.create({ id: deps.newId(), tenant, input, state, idempotencyKey });
  return { interview, commands };
}

/**
 * Merges `patch` into the record (RFC 7396) at version `ifMatch`; an active interview's pending
 * milestones are re-planned, the ones already reached stay as they are.
 */
export async function patchInterview(deps: AppDeps, tenant: string, id: string, patch: unknown, ifMatch: number | undefined): Promise<Outcome> {
  return onLatest(deps, tenant, id, ifMatch, async (current) => {
    const input = checkedInput(mergePatch(current.input, patch));
    const [state, commands] = replan(current.state, parseRecord(input), deps.clock.now());
    return { interview: await deps.interviews.update(current, { input, state }), commands };
  });
}

/** Applies a lifecycle event; `IllegalTransition` when the interview's state does not allow it. */
export async function applyEvent(
  deps: AppDeps, tenant: string, id: string, event: LifecycleEvent, ifMatch: number | undefined, idempotencyKey?: string,
): Promise<Outcome> {
  return onLatest(deps, tenant, id, ifMatch, async (current) => {
    const [state, commands] = apply(current.state, event, { now: deps.clock.now() });
    return { interview: await deps.interviews.update(current, { state, idempotencyKey }), commands };
  });
}

/** Deletes the interview with the candidate's personal data; every scheduled milestone is cancelled. */
export async function eraseInterview(deps: AppDeps, tenant: string, id: string, ifMatch: number | undefined): Promise<Command[]> {
  return onLatest(deps, tenant, id, ifMatch, async (current) => {
    await deps.interviews.erase(current);
    return current.state.milestones
      .filter((m) => m.status === 'scheduled')
      .map((m): Command => ({ type: 'cancel', kind: m.kind, revision: m.revision }));
  });
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
  for (let attempt = 1; ; attempt++) {
    const current = await deps.interviews.get(tenant, id);
    if (ifMatch !== undefined && current.version !== ifMatch) throw new VersionConflict(id, ifMatch);
    try {
      return await write(current);
    } catch (error) {
      if (!(error instanceof VersionConflict) || ifMatch !== undefined || attempt >= ATTEMPTS) throw error;
    }
  }
}
