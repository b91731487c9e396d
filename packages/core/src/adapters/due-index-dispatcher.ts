import type { Dispatcher } from '../ports/dispatcher.ts';

/**
 * The dispatcher on one machine: the store's due-time index is the schedule, so there is
 * nothing to create, delete or hand over; the embedded loop sweeps the index a few times a
 * second and sends what is due, a milestone due now included.
 * @example new InterviewService({ store, dispatcher: dueIndexDispatcher, clock, newId })
 */
export const dueIndexDispatcher: Dispatcher = {
  async schedule() {},
  async cancel() {},
  async dispatchNow() {},
};
