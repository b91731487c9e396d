import type { Scheduler } from '@followup/core/ports/scheduler';

/**
 * The scheduler port on one machine: the store's due-time index is the schedule, so creating or
 * deleting one is nothing to do; the embedded scheduler sweeps the index.
 */
export const dueIndexScheduler: Scheduler = {
  async schedule() {},
  async cancel() {},
};
