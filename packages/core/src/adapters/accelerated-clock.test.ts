import { describe, expect, it } from 'vitest';
import { acceleratedClock } from './accelerated-clock.ts';
import { ManualClock } from './manual-clock.ts';

describe('the accelerated clock', () => {
  it('lives `speed` seconds per real second from the moment it is made', () => {
    const real = new ManualClock('2025-01-14T15:00:00Z');
    const clock = acceleratedClock(3600, real);
    real.advance(2_000);
    expect(new Date(clock.now()).toISOString()).toBe('2025-01-14T17:00:00.000Z');
  });

  it('is the real clock at speed 1', () => {
    const real = new ManualClock(0);
    expect(acceleratedClock(1, real)).toBe(real);
  });
});
