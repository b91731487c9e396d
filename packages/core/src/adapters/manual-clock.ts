import type { Clock } from '../ports/clock.ts';

/**
 * A clock that moves only when told: tests and demos move time instead of waiting.
 * @example const clock = new ManualClock('2025-01-14T15:00:00Z'); clock.advance(3_600_000)
 */
export class ManualClock implements Clock {
  private ms: number;

  constructor(start: string | number) {
    this.ms = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.ms;
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  set(at: string | number): void {
    this.ms = typeof at === 'number' ? at : Date.parse(at);
  }
}
