/**
 * EventBridge Scheduler and the milestone function of `npm start` and the tests: the store's
 * due-time index already knows what is due (the dispatcher there is `dueIndexDispatcher`), so
 * a loop sweeps the index a few times a real second and sends what is due by the clock, which
 * a demo may run faster. At start and every few minutes it also re-lists every pending
 * interview in the index from the items: dynalite writes an item and its index entries in
 * separate steps, and a crash between them must not strand a reminder.
 */

/** How often (real time) the index is rebuilt from the items. */
const REINDEX_EVERY_MS = 5 * 60_000;
/** Pages of a rebuild at most (200 items each): the table of one machine is far smaller. */
const MAX_REINDEX_PAGES = 10_000;
import { realNow } from '@followup/core/ports';
import type { DeliveryDeps } from '../delivery/send-reminder.ts';
import { sweep, type SweepResult } from '../delivery/sweep.ts';

export class EmbeddedLoop {
  private timer?: NodeJS.Timeout;
  private running?: Promise<SweepResult>;

  constructor(private readonly deps: DeliveryDeps, private readonly intervalMs = 250) {}

  private reindexedAt?: number;

  /** One sweep (after a rebuild of the index when one is due); concurrent callers share it. */
  tick(): Promise<SweepResult> {
    this.running ??= this.reindexWhenDue().then(() => sweep(this.deps)).finally(() => (this.running = undefined));
    return this.running;
  }

  /** Re-lists every pending interview in the due-time index; returns how many items were rewritten. */
  async reindex(): Promise<number> {
    let rewritten = 0;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_REINDEX_PAGES; page++) {
      const step = await this.deps.store.reindexDue(cursor);
      rewritten += step.rewritten;
      cursor = step.nextCursor;
      if (!cursor) break;
    }
    this.reindexedAt = realNow(this.deps.clock);
    return rewritten;
  }

  private async reindexWhenDue(): Promise<void> {
    if (this.reindexedAt === undefined || realNow(this.deps.clock) - this.reindexedAt >= REINDEX_EVERY_MS) await this.reindex();
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
