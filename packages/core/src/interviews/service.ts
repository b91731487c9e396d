/**
 * The interview service: the only code that changes an interview. Routes, webhooks, the
 * candidate's action pages, the milestone function, the sweeper and the SES-events handler
 * all come here; none of them writes an interview item.
 *
 *   read ─▶ pure transition (the lifecycle) ─▶ one conditional write ─▶ the commands it produced
 *    │        └─ nothing changes: no write                                 └─ dispatcher
 *    ├─ another writer got there first: read again (WRITE_ATTEMPTS), unless the caller named
 *    │  the version it changes (If-Match): then `VersionConflict`
 *    └─ the change ends or removes reminders while a send is in flight: wait for the send
 *       (SEND_WAIT_MS of real time), then `StoreUnavailable` (the caller retries)
 */
import { setTimeout as sleepFor } from 'node:timers/promises';
import { AlreadyClaimed, ConfigError, NotFound, StoreUnavailable, ValidationError, VersionConflict } from '../errors/index.ts';
import { abandonedClaims, blockEmail, claim, claimResend, confirmSent, delivered, failed, handingToMail, released, resendByHand, sendInFlight, unconfirmed } from '../lifecycle/delivery.ts';
import { apply, replanForSettings, start } from '../lifecycle/apply.ts';
import type { Command, InterviewState, LifecycleEvent, TransitionOptions } from '../lifecycle/types.ts';
import type { MilestoneKind } from '../planner/milestone.ts';
import type { TenantPlanning } from '../planner/context.ts';
import { realNow, type Clock } from '../ports/clock.ts';
import type { Dispatcher, MilestoneRef } from '../ports/dispatcher.ts';
import type { InterviewStore, StoredInterview } from '../ports/store.ts';
import { checkEventDates, checkRecordDates } from '../record/bounds.ts';
import type { InterviewRecord } from '../record/record.ts';
import type { RecordInput, RecordRules } from './record-rules.ts';
import { dispatchCommands, type DispatchFailure } from './dispatch.ts';
import { outOfOfficeDelay, type OutOfOfficeDelay } from '../inbound/out-of-office.ts';
import { mergePatch } from './merge-patch.ts';
import { SEND_WAIT_MS, STOPPING_EVENTS, WRITE_ATTEMPTS } from './policy.ts';

export type { RecordInput };

export interface InterviewServiceDeps {
  store: InterviewStore;
  dispatcher: Dispatcher;
  clock: Clock;
  newId: () => string;
  /** Waits real time (for a send in flight, between dispatch retries); tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Where a command that still fails after its retries is surfaced; the sweeper re-drives its milestone. */
  onDispatchFailed?: (failure: DispatchFailure) => void;
  /**
   * The tenant's settings and company closures (POLICY: defaults < tenant settings < the
   * record's preferences), read for every plan and re-plan. None: POLICY's defaults.
   */
  planningFor?: (tenant: string) => Promise<TenantPlanning>;
  /** The real-time lease of a claimed send (CLAIM_LEASE_MS unless configured). */
  claimLeaseMs?: number;
  /**
   * How create and patch check a record (`recordRules`). Only the functions that take records in
   * pass it: the delivery functions never parse one, and so never load the record's schema.
   */
  records?: RecordRules;
}

/** An interview after a change, and the commands that change produced (already carried out). */
export interface Outcome {
  interview: StoredInterview;
  commands: Command[];
}

/** How a change is written: on the version the caller names, on one it has just read, or on the latest. */
export interface WriteOptions {
  /** The client's If-Match: the change applies only to this version. */
  ifMatch?: number;
  /** The interview as the caller just read it, saving a read; a conflict reads it again. */
  current?: StoredInterview;
  /** The request's Idempotency-Key, kept on the interview so erasing it erases the key's record. */
  idempotencyKey?: string;
}

/** What a delivery reported: the reminder left, certainly did not, or nobody knows. */
export type SendOutcome =
  | { type: 'delivered'; messageId: string }
  | { type: 'released'; error: string }
  | { type: 'failed'; error: string }
  | { type: 'unconfirmed'; error: string };

/** A transition's result: the next state (and record input), or `undefined` when nothing changes. */
type Change = { state: InterviewState; input?: RecordInput; commands: Command[] } | undefined;

/** How a change is persisted: an update, or (erase) a delete. */
type Persist = (current: StoredInterview, change: NonNullable<Change>, idempotencyKey?: string) => Promise<StoredInterview>;

/** A reminder of this interview is being sent; a change that ends reminders must wait. */
class SendInFlight extends Error {}

const SEND_POLL_MS = 25;
/** `replanActive`: interviews per store page, and the most one call examines. */
export const REPLAN_PAGE = 100;
export const REPLAN_MAX_PER_CALL = 500;

/**
 * @example
 * const service = new InterviewService({ store, dispatcher, clock, newId: randomUUID, records: recordRules })
 * const { interview } = await service.create('acme', record)
 * await service.applyEvent('acme', interview.id, { type: 'offer' })
 */
export class InterviewService {
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: InterviewServiceDeps) {
    this.sleep = deps.sleep ?? ((ms) => sleepFor(ms));
  }

  /** A new interview at version 1, its plan started and dispatched. */
  async create(tenant: string, input: RecordInput, options: { id?: string; idempotencyKey?: string } = {}): Promise<Outcome> {
    const [state, commands] = start(this.recordOf(input), await this.planOptions(tenant));
    const id = options.id ?? this.deps.newId();
    const interview = await this.deps.store.create({ id, tenant, input, state, idempotencyKey: options.idempotencyKey });
    await this.dispatch(interview, commands);
    return { interview, commands };
  }

  /**
   * Merges `patch` into the record (RFC 7396). An active interview's pending milestones are
   * re-planned (POLICY "interview moved"); the ones already reached stay. A patch that changes
   * nothing writes nothing.
   */
  async patch(tenant: string, id: string, patch: unknown, options: WriteOptions = {}): Promise<Outcome> {
    const planOptions = await this.planOptions(tenant);
    const records = this.records();
    return this.change(tenant, id, options, false, (current) => {
      const input = records.check(mergePatch(current.input, patch));
      if (JSON.stringify(input) === JSON.stringify(current.input)) return undefined;
      const [state, commands] = replan(current.state, this.recordOf(input), planOptions);
      return { state, input, commands };
    });
  }

  /** Applies a lifecycle event; `IllegalTransition` when the interview's state does not allow it. */
  async applyEvent(tenant: string, id: string, event: LifecycleEvent, options: WriteOptions = {}): Promise<Outcome> {
    const planOptions = await this.planOptions(tenant);
    return this.change(tenant, id, options, STOPPING_EVENTS.has(event.type), (current) => {
      const outOfRange = checkEventDates(event, current.state.record, this.now());
      if (outOfRange.length) throw new ValidationError(outOfRange);
      const [state, commands] = apply(current.state, event, { ...planOptions, now: this.now() });
      const input = state.record === current.state.record ? undefined : withLifecycleChanges(current.input, state.record);
      return { state, input, commands };
    });
  }

  /** Deletes the interview with the candidate's personal data; every scheduled milestone is cancelled. */
  async erase(tenant: string, id: string, options: WriteOptions = {}): Promise<void> {
    const erase: Persist = async (current) => {
      await this.deps.store.erase(current);
      return current;
    };
    await this.change(tenant, id, options, true, (current) => ({ state: current.state, commands: cancelAll(current.state) }), erase);
  }

  /**
   * Claims a due milestone for sending (one conditional write); undefined when it is not (any
   * more) to be sent: claimed, sent, re-planned, cancelled, stopped, or the interview is gone.
   */
  async claim(ref: MilestoneRef, current?: StoredInterview, options: { resend?: boolean } = {}): Promise<StoredInterview | undefined> {
    const claimOf = options.resend ? claimResend : claim;
    try {
      const { interview } = await this.change(ref.tenantId, ref.interviewId, { current }, false, (latest) => ({
        state: claimOf(latest.state, ref.kind, ref.revision, this.now(), ref.interviewId, realNow(this.deps.clock), this.deps.claimLeaseMs),
        commands: [],
      }));
      return interview;
    } catch (error) {
      if (error instanceof AlreadyClaimed || error instanceof NotFound) return undefined;
      throw error;
    }
  }

  /** Records what became of a claimed send; a change that came in meanwhile is kept. Undefined once the interview is gone. */
  async recordOutcome(ref: MilestoneRef, outcome: SendOutcome, claimed?: StoredInterview): Promise<StoredInterview | undefined> {
    const { kind, revision } = ref;
    const next = (state: InterviewState) =>
      outcome.type === 'delivered' ? delivered(state, kind, revision, outcome.messageId)
        : outcome.type === 'released' ? released(state, kind, revision, outcome.error)
          : outcome.type === 'failed' ? failed(state, kind, revision, outcome.error)
            : unconfirmed(state, kind, revision, outcome.error, this.now());
    return this.quietly(ref.tenantId, ref.interviewId, claimed, next);
  }

  /** An integrator sends a reminder again (it went out, may have, or failed): scheduled now at a new revision. */
  resend(tenant: string, id: string, kind: MilestoneKind, options: WriteOptions = {}): Promise<Outcome> {
    return this.change(tenant, id, options, false, (current) => {
      const [state, commands] = resendByHand(current.state, kind, this.now());
      return { state, commands };
    });
  }

  /** The mail service reported a reminder sent (SES's Send event): an unknown outcome is confirmed. */
  confirmSent(ref: Omit<MilestoneRef, 'revision'>, messageId: string): Promise<StoredInterview | undefined> {
    return this.quietly(ref.tenantId, ref.interviewId, undefined, (state) => confirmSent(state, ref.kind, messageId));
  }

  /** Claims older than the lease belong to a send that died mid-way: released if it never reached the mail service, else unconfirmed. Returns how many. */
  async settleAbandoned(interview: StoredInterview): Promise<number> {
    const abandoned = abandonedClaims(interview.state, realNow(this.deps.clock));
    if (!abandoned.length) return 0;
    // Died before calling the mail service: nothing left, release it. After: it may have left.
    await this.quietly(interview.tenant, interview.id, interview, (state) =>
      abandoned.reduce((s, m) => (m.handedToMailAt
        ? unconfirmed(s, m.kind, m.revision, 'claim lease expired during the send', this.now())
        : released(s, m.kind, m.revision, 'claim lease expired before the send started')), state));
    return abandoned.length;
  }

  /** Records that a claimed send is about to call the mail service (its last step before it). */
  handingToMail(ref: MilestoneRef, claimed: StoredInterview): Promise<StoredInterview | undefined> {
    return this.quietly(ref.tenantId, ref.interviewId, claimed, (state) => handingToMail(state, ref.kind, ref.revision, realNow(this.deps.clock)));
  }

  /**
   * The candidate's address bounced or complained: every interview of the tenant for that
   * address stops reminding it. Returns how many interviews were marked.
   */
  async blockAddress(tenant: string, email: string, reason: 'bounce' | 'complaint'): Promise<number> {
    const { items } = await this.deps.store.list(tenant, { candidateEmail: email, limit: 100 });
    let blocked = 0;
    for (const interview of items) {
      await this.change(tenant, interview.id, { current: interview }, false, (current) => {
        const state = blockEmail(current.state, reason, this.now());
        // Stale schedules of the cancelled milestones fire and claim nothing.
        return state === current.state ? undefined : { state, commands: [] };
      }).catch((error: unknown) => {
        if (!(error instanceof NotFound)) throw error;
      });
      blocked++;
    }
    return blocked;
  }

  /**
   * Re-plans the pending milestones of the tenant's active interviews after its settings or
   * closures changed: one page of REPLAN_PAGE interviews per store page, at most
   * REPLAN_MAX_PER_CALL per call; `nextCursor` until every one was examined. An interview is
   * written only when what its milestones say changed, and counted as changed when one moved.
   * @example let page = await service.replanActive('acme'); while (page.nextCursor) page = await service.replanActive('acme', page.nextCursor)
   */
  async replanActive(tenant: string, cursor?: string): Promise<{ examined: number; changed: number; nextCursor?: string }> {
    const planOptions = await this.planOptions(tenant);
    let examined = 0;
    let changed = 0;
    for (let pages = 0; pages < REPLAN_MAX_PER_CALL / REPLAN_PAGE; pages++) {
      const page = await this.deps.store.list(tenant, { status: 'active', limit: REPLAN_PAGE, cursor });
      for (const interview of page.items) {
        examined++;
        const outcome = await this.change(tenant, interview.id, { current: interview }, false, (current) => {
          const [state, commands] = replanForSettings(current.state, { ...planOptions, now: this.now() });
          return JSON.stringify(state.milestones) === JSON.stringify(current.state.milestones) ? undefined : { state, commands };
        }).catch((error: unknown) => {
          if (error instanceof NotFound) return undefined;
          throw error;
        });
        if (outcome?.commands.length) changed++;
      }
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { examined, changed, ...(cursor && { nextCursor: cursor }) };
  }

  // ─── What mail teaches (issue 13: the interview's reply address) ─────────────────────────
  // Appended, not woven in: each is one read-modify-write through `change`, like the rest.

  /**
   * POLICY: an out-of-office reply moves the next pending follow-up past the sender's return
   * (`outOfOfficeDelay`), as a `snooze` whose reason says why, so the candidate reads it in
   * that reminder. `moved` is undefined when nothing needed to move.
   * @example await service.delayForOutOfOffice('acme', id, { from: 'maya@acme.example', backOn: '2025-02-03' })
   */
  async delayForOutOfOffice(tenant: string, id: string, ooo: { from: string; backOn?: string }, options: WriteOptions = {}): Promise<Outcome & { moved?: OutOfOfficeDelay }> {
    const planOptions = await this.planOptions(tenant);
    let moved: OutOfOfficeDelay | undefined;
    const outcome = await this.change(tenant, id, options, false, (current) => {
      moved = undefined;
      if (current.state.status !== 'active') return undefined;
      const now = this.now();
      moved = outOfOfficeDelay(current.state.milestones, { ...ooo, now, timeZone: current.state.record.candidate.timeZone });
      if (!moved) return undefined;
      const [state, commands] = apply(current.state, { type: 'snooze', kind: moved.kind, until: moved.until }, { ...planOptions, now });
      const { kind, basis } = moved;
      const milestones = state.milestones.map((m) => (m.kind !== kind ? m : { ...m, reason: `${basis}: ${m.reason.replace(/^snoozed until/, 'moved to')}` }));
      return { state: { ...state, milestones }, commands };
    });
    return { ...outcome, ...(moved && { moved }) };
  }

  /**
   * A delivery failure report named these contacts' addresses: they are kept on the interview
   * as undeliverable (the candidate is told by the caller). Returns the addresses newly marked.
   * @example await service.markContactsUndeliverable('acme', id, ['maya@acme.example'])
   */
  async markContactsUndeliverable(tenant: string, id: string, emails: string[], options: WriteOptions = {}): Promise<{ interview: StoredInterview; marked: string[] }> {
    let marked: string[] = [];
    const { interview } = await this.change(tenant, id, options, false, (current) => {
      const known = new Set((current.state.undeliverableContacts ?? []).map((u) => u.email));
      const contacts = new Set(current.state.record.contacts.map((c) => c.email?.toLowerCase()).filter(Boolean));
      marked = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => contacts.has(e) && !known.has(e));
      if (!marked.length) return undefined;
      const at = new Date(this.now()).toISOString();
      const undeliverableContacts = [...(current.state.undeliverableContacts ?? []), ...marked.map((email) => ({ email, at }))];
      return { state: { ...current.state, undeliverableContacts }, commands: [] };
    });
    return { interview, marked };
  }

  // ─── end of what mail teaches ──────────────────────────────────────────────────────────

  private now(): number {
    return this.deps.clock.now();
  }

  /** What plans are made with: the clock's now and the tenant's settings. */
  private async planOptions(tenant: string): Promise<TransitionOptions> {
    const planning = this.deps.planningFor ? await this.deps.planningFor(tenant) : undefined;
    return { ...planning, now: this.now() };
  }

  /** The record with its defaults, its dates within the range a real interview has (422 naming each one outside it). */
  private records(): RecordRules {
    if (!this.deps.records) throw new ConfigError('this function was built without record rules: it cannot create or patch an interview');
    return this.deps.records;
  }

  private recordOf(input: RecordInput): InterviewRecord {
    const record = this.records().parse(input);
    const outOfRange = checkRecordDates(record, this.now());
    if (outOfRange.length) throw new ValidationError(outOfRange);
    return record;
  }

  /** A state-only change of the delivery kind (no commands, never refused); undefined when the interview is gone. */
  private async quietly(tenant: string, id: string, current: StoredInterview | undefined, next: (state: InterviewState) => InterviewState) {
    try {
      const { interview } = await this.change(tenant, id, { current }, false, (latest) => {
        const state = next(latest.state);
        return state === latest.state ? undefined : { state, commands: [] };
      });
      return interview;
    } catch (error) {
      if (error instanceof NotFound) return undefined;
      throw error;
    }
  }

  /**
   * The one read-modify-write: reads (or takes `options.current`), runs the pure `transition`,
   * writes once on the version read, then dispatches the commands. See the file's comment.
   */
  private async change(
    tenant: string, id: string, options: WriteOptions, endsReminders: boolean, transition: (current: StoredInterview) => Change,
    persist: Persist = (current, change, idempotencyKey) => this.deps.store.update(current, { state: change.state, input: change.input, idempotencyKey }),
  ): Promise<Outcome> {
    const { ifMatch, idempotencyKey } = options;
    let current = options.current;
    let waitedMs = 0;
    for (let attempt = 1; ; attempt++) {
      current ??= await this.deps.store.get(tenant, id);
      if (ifMatch !== undefined && current.version !== ifMatch) throw new VersionConflict(id, ifMatch);
      try {
        // POLICY: nothing is sent after a reply, offer, rejection, withdrawal, stop or erasure is acknowledged.
        if (endsReminders && sendInFlight(current.state, realNow(this.deps.clock))) throw new SendInFlight();
        const change = transition(current);
        if (!change) return { interview: current, commands: [] };
        const interview = await persist(current, change, idempotencyKey);
        await this.dispatch(interview, change.commands);
        return { interview, commands: change.commands };
      } catch (error) {
        if (error instanceof SendInFlight) {
          if (waitedMs >= SEND_WAIT_MS) throw new StoreUnavailable('a reminder of this interview is being sent right now; retry in a few seconds');
          await this.sleep(SEND_POLL_MS);
          waitedMs += SEND_POLL_MS;
          attempt--;
        } else if (!(error instanceof VersionConflict) || ifMatch !== undefined || attempt >= WRITE_ATTEMPTS) {
          throw error;
        }
        current = undefined;
      }
    }
  }

  private dispatch(interview: StoredInterview, commands: Command[]): Promise<void> {
    const target = { tenantId: interview.tenant, interviewId: interview.id, timeZone: interview.state.record.candidate.timeZone };
    return dispatchCommands(this.deps.dispatcher, target, commands, {
      now: this.now(),
      sleep: this.sleep,
      onFailed: this.deps.onDispatchFailed ?? ((failure) => console.error(`followup: ${failure.message}`)),
    });
  }
}

/** Every scheduled milestone's cancel command. */
function cancelAll(state: InterviewState): Command[] {
  return state.milestones.filter((m) => m.status === 'scheduled').map((m): Command => ({ type: 'cancel', kind: m.kind, revision: m.revision }));
}

/**
 * POLICY "interview moved": a changed record re-plans every milestone not yet reached, which is
 * what the lifecycle's `interview_moved` does. Only an active interview has a plan to redo.
 */
function replan(state: InterviewState, record: InterviewRecord, options: TransitionOptions): [InterviewState, Command[]] {
  if (state.status !== 'active' || JSON.stringify(record) === JSON.stringify(state.record)) return [{ ...state, record }, []];
  const { startsAt, endsAt } = record.interview;
  return apply({ ...state, record }, { type: 'interview_moved', startsAt, endsAt }, options);
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
