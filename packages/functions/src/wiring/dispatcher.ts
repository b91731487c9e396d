/**
 * The API's dispatcher: EventBridge Scheduler when configured (on AWS), else the due-time
 * index, which the embedded loop sweeps. The Scheduler client loads on the first command, not
 * with the function.
 */
import { dueIndexDispatcher } from '@followup/core/adapters';
import type { Clock, Config, Dispatcher } from '@followup/core/ports';

/**
 * @example const dispatcher = configuredDispatcher(loadConfig(), systemClock)
 */
export function configuredDispatcher(config: Config, clock: Clock): Dispatcher {
  const { scheduler } = config;
  if (!scheduler) return dueIndexDispatcher;
  let loaded: Promise<Dispatcher> | undefined;
  const dispatcher = () => (loaded ??= import('@followup/core/adapters/eventbridge').then((m) => m.createEventBridgeDispatcher(scheduler, config.dynamo.region, clock)));
  return {
    schedule: async (ref, dueAt, timeZone) => (await dispatcher()).schedule(ref, dueAt, timeZone),
    cancel: async (ref) => (await dispatcher()).cancel(ref),
    dispatchNow: async (ref) => (await dispatcher()).dispatchNow(ref),
  };
}
