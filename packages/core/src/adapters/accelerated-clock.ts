import type { Clock } from '../ports/clock.ts';
import { systemClock } from './system-clock.ts';

/**
 * The machine's clock, running `speed` times faster from the moment it is made: a demo with
 * `FOLLOWUP_CLOCK_SPEED=3600` lives an hour each second and plays out a plan in minutes. Only
 * the plan's time runs faster: `realNow()` stays the machine's, for leases and timeouts.
 * `from` is where followup's time starts (a restart continues where the last run stopped).
 * @example const clock = acceleratedClock(3600); // clock.now() gains an hour per real second
 */
export function acceleratedClock(speed: number, base: Clock = systemClock, from = base.now()): Clock {
  if (speed === 1) return base;
  const start = base.now();
  return { now: () => from + (base.now() - start) * speed, realNow: () => base.now() };
}
