import type { Clock } from '../ports/clock.ts';

/**
 * The machine's clock: the only place that calls `Date.now()`.
 * @example systemClock.now() // 1736780400000
 */
export const systemClock: Clock = { now: () => Date.now() };
