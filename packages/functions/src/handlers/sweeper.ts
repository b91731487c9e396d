/**
 * Every five minutes on AWS: sends what a schedule missed. It leaves alone what fell due in the
 * last two minutes, which its own schedule is about to send.
 */
import { systemClock } from '@followup/core/adapters';
import { loadConfig } from '@followup/core/config';
import { sweep, type SweepResult } from '../delivery/sweep.ts';
import { createDeliveryDeps } from '../wiring/delivery.ts';

const deps = createDeliveryDeps(loadConfig(), systemClock);

export async function handler(): Promise<SweepResult> {
  const result = await sweep(deps, { graceMs: 2 * 60_000 });
  console.log(JSON.stringify({ sweep: result }));
  return result;
}
