/**
 * The sweeper reads the due-time index and fires whatever is due: on one machine it is the
 * scheduler; on AWS it runs every few minutes and re-drives what a schedule missed (a failed
 * CreateSchedule, an invocation Lambda dropped). A send that died mid-way (claim lease over)
 * is marked unconfirmed, never sent again on its own: the email may have left.
 */
import { abandonedClaims, unconfirmed } from '@followup/core/lifecycle/delivery';
import type { MilestoneRef } from '@followup/core/ports/scheduler';
import { fireMilestone, type DeliveryDeps, type FireOutcome } from './fire-milestone.ts';
import { writeLatest } from './record-outcome.ts';

export interface SweepOptions {
  /** Interviews read from the index per sweep. */
  limit?: number;
  /** Sends at once. */
  concurrency?: number;
  /** Leave milestones that fell due this recently to their own schedule (AWS); 0 on one machine. */
  graceMs?: number;
}

/** How many milestones each outcome had; `failed`: an error (store unavailable …) left it for the next sweep. */
export type SweepResult = Record<FireOutcome | 'abandoned' | 'failed', number>;

/**
 * Fires every milestone due by now (one index page of interviews).
 * @example const { sent } = await sweep(deps)
 */
export async function sweep(deps: DeliveryDeps, { limit = 500, concurrency = 16, graceMs = 0 }: SweepOptions = {}): Promise<SweepResult> {
  const now = deps.clock.now();
  const until = now - graceMs;
  const result: SweepResult = { sent: 0, not_claimable: 0, released: 0, unconfirmed: 0, abandoned: 0, failed: 0 };
  const refs: MilestoneRef[] = [];
  for (const due of await deps.interviews.listDue(until, limit)) {
    const interview = await deps.interviews.get(due.tenant, due.id).catch(() => undefined);
    if (!interview) continue;
    for (const m of abandonedClaims(interview.state, now)) {
      await writeLatest(deps.interviews, due.tenant, due.id, (s) => unconfirmed(s, m.kind, m.revision, 'claim lease expired'));
      result.abandoned++;
    }
    for (const m of interview.state.milestones) {
      if (m.status === 'scheduled' && Date.parse(m.dueAt) <= until) refs.push({ tenantId: due.tenant, interviewId: due.id, kind: m.kind, revision: m.revision });
    }
  }
  await inParallel(refs, concurrency, async (ref) => {
    result[await fireMilestone(deps, ref).catch(() => 'failed' as const)]++;
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
