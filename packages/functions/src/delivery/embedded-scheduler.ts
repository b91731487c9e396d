/**
 * The scheduler of `npm start` and the tests: the store's due-time index already knows what is
 * due, so there are no schedules to keep (`dueIndexScheduler`), only a loop that sweeps the
 * index a few times a real second and sends what is due by the clock, which a demo may run faster.
 */
import type { DeliveryDeps } from './fire-milestone.ts';
import { sweep, type SweepResult } from './sweep.ts';

export class EmbeddedScheduler {
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
