/**
 * EventBridge Scheduler and the milestone function of `npm start` and the tests: the store's
 * due-time index already knows what is due (the dispatcher there is `dueIndexDispatcher`), so
 * a loop sweeps the index a few times a real second and sends what is due by the clock, which
 * a demo may run faster.
 */
import type { DeliveryDeps } from '../delivery/send-reminder.ts';
import { sweep, type SweepResult } from '../delivery/sweep.ts';

export class EmbeddedLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepResult>;

  constructor(private readonly deps: DeliveryDeps, private readonly intervalMs = 250) {}

  /** One sweep; concurrent callers share it. */
  tick(): Promise<SweepResult> {
    this.running ??= sweep(this.deps).finally(() => (this.running = undefined));
    return this.running;
  }

  start(onError: (error: unknown) => void = (error) => console.error(`followup: scheduler: ${(error as Error).message}`)): void {
    const loop = () => {
      this.tick().catch(onError).finally(() => {
        if (this.timer) this.timer = setTimeout(loop, this.intervalMs);
      });
    };
    this.timer = setTimeout(loop, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
