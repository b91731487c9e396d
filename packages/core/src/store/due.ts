/**
 * The due-time index keys: an interview is in the index while one of its milestones is
 * scheduled, under the time of the soonest one. The scheduler and the sweeper read it.
 */
import { createHash } from 'node:crypto';
import type { Milestone } from '../planner/milestone.ts';

/**
 * The soonest `dueAt` of the scheduled milestones, or undefined when none is scheduled.
 * @example nextDueAt(state.milestones) // '2025-01-15T14:00:00.000Z'
 */
export function nextDueAt(milestones: readonly Milestone[]): string | undefined {
  let soonest: string | undefined;
  for (const m of milestones) {
    if (m.status === 'scheduled' && (soonest === undefined || Date.parse(m.dueAt) < Date.parse(soonest))) soonest = m.dueAt;
  }
  return soonest;
}

/**
 * The index shard an interview lives in, stable for its id: spreads writes over `shards` partitions.
 * @example dueShard('0b9e…', 4) // 2
 */
export function dueShard(id: string, shards: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shards;
}
