/**
 * Carries out a transition's commands through the dispatcher: a milestone due within the
 * minute is handed over now, later ones are scheduled, replaced ones cancelled. Each command is
 * retried a few times; one that still fails is surfaced and the others go on. Nothing is lost
 * meanwhile: the milestone stays in the due-time index, and the sweeper sends it.
 */
import { SchedulingFailed } from '../errors/index.ts';
import type { Command } from '../lifecycle/types.ts';
import type { Dispatcher, MilestoneRef } from '../ports/dispatcher.ts';
import { DISPATCH_ATTEMPTS } from './policy.ts';

/** A milestone due sooner than this is dispatched now rather than scheduled. */
export const DISPATCH_NOW_WITHIN_MS = 60_000;

/** The interview a batch of commands belongs to. */
export interface CommandTarget {
  tenantId: string;
  interviewId: string;
  timeZone: string;
}

/** A command that failed after its retries. */
export interface DispatchFailure {
  ref: MilestoneRef;
  command: Command['type'];
  message: string;
  error: unknown;
}

export interface DispatchOptions {
  now: number;
  sleep: (ms: number) => Promise<void>;
  onFailed: (failure: DispatchFailure) => void;
}

/**
 * @example await dispatchCommands(dispatcher, { tenantId, interviewId, timeZone }, commands, { now, sleep, onFailed })
 */
export async function dispatchCommands(dispatcher: Dispatcher, target: CommandTarget, commands: readonly Command[], options: DispatchOptions): Promise<void> {
  const { tenantId, interviewId, timeZone } = target;
  for (const command of commands) {
    const ref: MilestoneRef = { tenantId, interviewId, kind: command.kind, revision: command.revision };
    const run = () => {
      if (command.type === 'cancel') return dispatcher.cancel(ref);
      if (Date.parse(command.dueAt) - options.now < DISPATCH_NOW_WITHIN_MS) return dispatcher.dispatchNow(ref);
      return dispatcher.schedule(ref, command.dueAt, timeZone);
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await run();
        break;
      } catch (error) {
        if (!(error instanceof SchedulingFailed)) throw error;
        if (attempt >= DISPATCH_ATTEMPTS) {
          const message = `${command.type} of ${command.kind} (interview ${interviewId}) failed ${attempt} times, the sweeper will send it: ${(error as Error).message}`;
          options.onFailed({ ref, command: command.type, message, error });
          break;
        }
        // 200 ms, 400 ms …; a failure that names its own wait (a role IAM has not spread yet) waits that, doubling.
        await options.sleep(error.retryAfterMs === undefined ? 100 * 2 ** attempt : error.retryAfterMs * 2 ** (attempt - 1));
      }
    }
  }
}
