/**
 * `npm start`'s clock. At FOLLOWUP_CLOCK_SPEED above 1 followup's time runs ahead of the
 * machine's; it is written to the data folder every second and on stop, so a restart (even
 * after a `kill -9`) continues from where the last run stopped instead of jumping back to now.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acceleratedClock, systemClock } from '@followup/core/adapters';
import type { Clock } from '@followup/core/ports';

const SAVE_EVERY_MS = 1000;

export interface KeptClock {
  clock: Clock;
  /** Stops saving, after a last save. */
  stop(): void;
}

/**
 * @example const { clock, stop } = keptClock('.data', 3600)
 */
export function keptClock(dataDir: string, speed: number, base: Clock = systemClock): KeptClock {
  if (speed === 1) return { clock: base, stop: () => {} };
  const file = join(dataDir, 'clock');
  const saved = readSaved(file);
  const clock = acceleratedClock(speed, base, saved !== undefined && saved > base.now() ? saved : base.now());
  const save = () => {
    // Written beside and renamed: a crash mid-write leaves the last whole value.
    writeFileSync(`${file}.tmp`, `${new Date(clock.now()).toISOString()}\n`);
    renameSync(`${file}.tmp`, file);
  };
  save();
  const timer = setInterval(save, SAVE_EVERY_MS);
  timer.unref();
  return {
    clock,
    stop() {
      clearInterval(timer);
      save();
    },
  };
}

function readSaved(file: string): number | undefined {
  try {
    const at = Date.parse(readFileSync(file, 'utf8').trim());
    return Number.isNaN(at) ? undefined : at;
  } catch {
    return undefined;
  }
}
