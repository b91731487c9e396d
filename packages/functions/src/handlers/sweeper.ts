/**
 * Every five minutes on AWS: sends what a schedule missed. It leaves alone what fell due in the
 * last two minutes, which its own schedule is about to send.
 */
import { systemClock } from '@followup/core/adapters/system-clock';
import { loadConfig } from '@followup/core/config';
import { createDeliveryDeps } from '../delivery/delivery-deps.ts';
import { sweep, type SweepResult } from '../delivery/sweep.ts';
import { createDeps } from '../deps.ts';

const config = loadConfig();
const deps = createDeps(config, systemClock);
const delivery = createDeliveryDeps(config, systemClock, deps.interviews, deps.links);

export async function handler(): Promise<SweepResult> {
  const result = await sweep(await delivery, { graceMs: 2 * 60_000 });
  console.log(JSON.stringify({ sweep: result }));
  return result;
}
