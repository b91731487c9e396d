/**
 * Where time comes from. Only the system clock adapter reads the machine's time; tests and
 * demos inject a clock they move.
 * @example const due = Date.parse(m.dueAt) <= clock.now()
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}
