/**
 * Where time comes from. Only the system clock adapter reads the machine's time; tests and
 * demos inject a clock they move.
 * @example const due = Date.parse(m.dueAt) <= clock.now()
 */
export interface Clock {
  /** Milliseconds since the epoch: the time plans are made and kept in. */
  now(): number;
  /**
   * Real time, for leases, timeouts and waits, where `now()` runs faster than the machine's
   * clock (a demo); absent, `now()` is real. Read it with `realNow(clock)`.
   */
  realNow?(): number;
}

/**
 * The real time of a clock: leases and timeouts are never sped up with a demo's plan.
 * @example const leaseUntil = realNow(clock) + CLAIM_LEASE_MS
 */
export function realNow(clock: Clock): number {
  return clock.realNow ? clock.realNow() : clock.now();
}
