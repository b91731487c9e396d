/**
 * The sweeper reads the due-time index and sends whatever is due: on one machine it is the
 * scheduler; on AWS it runs every few minutes and re-drives what a schedule missed (a failed
 * CreateSchedule, an invocation Lambda dropped). A send that died mid-way (claim lease over)
 * is marked unconfirmed; an unconfirmed reminder that no Send event confirmed within its grace
 * is sent once more, marked possibly repeated (POLICY: one duplicate beats a missing reminder).
 */
import { resendable } from '@followup/core/lifecycle';
import type { StoredInterview } from '@followup/core/ports';
import { sendReminder, type DeliveryDeps, type SendResult } from './send-reminder.ts';

export interface SweepOptions {
  /** Interviews read from the index per sweep. */
  limit?: number;
  /** Sends at once. */
  concurrency?: number;
  /** Leave milestones that fell due this recently to their own schedule (AWS); 0 on one machine. */
  graceMs?: number;
}

/** How many milestones each outcome had; `errors`: an error (store unavailable …) left it for the next sweep. */
export type SweepResult = Record<SendResult | 'abandoned' | 'resent' | 'errors', number>;

/**
 * Sends every milestone due by now (one index page of interviews). 32 sends at once keep the
 * store and SES busy (bench:fire on two cores: ~265/s at 16, ~295/s at 32).
 * @example const { sent } = await sweep(deps)
 */
export async function sweep(deps: DeliveryDeps, { limit = 1000, concurrency = 32, graceMs = 0 }: SweepOptions = {}): Promise<SweepResult> {
  const until = deps.clock.now() - graceMs;
  const result: SweepResult = { sent: 0, not_claimable: 0, released: 0, failed: 0, unconfirmed: 0, abandoned: 0, resent: 0, errors: 0 };
  const entries = await deps.store.listDue(until, limit);
  await inParallel(entries, concurrency, async (entry) => {
    const interview = await deps.store.get(entry.tenant, entry.id).catch(() => undefined);
    if (!interview) return;
    const abandoned = await deps.interviews.settleAbandoned(interview);
    result.abandoned += abandoned;
    // The first write may go on the interview just read; after any write, the next re-reads.
    let fresh: StoredInterview | undefined = abandoned ? undefined : interview;
    for (const m of interview.state.milestones.filter((x) => x.status === 'scheduled' && Date.parse(x.dueAt) <= until)) {
      const ref = { tenantId: entry.tenant, interviewId: entry.id, kind: m.kind, revision: m.revision };
      result[await sendReminder(deps, ref, fresh).catch(() => 'errors' as const)]++;
      fresh = undefined;
    }
    for (const m of interview.state.milestones.filter((x) => resendable(x, until))) {
      const ref = { tenantId: entry.tenant, interviewId: entry.id, kind: m.kind, revision: m.revision };
      const outcome = await sendReminder(deps, ref, fresh, { resend: true }).catch(() => 'errors' as const);
      result[outcome === 'sent' ? 'resent' : outcome]++;
      fresh = undefined;
    }
  });
  return result;
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
