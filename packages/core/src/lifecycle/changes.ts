/**
 * Builds a new milestone list from an old one without touching it, and records the commands
 * (schedule / cancel) that the outside world must carry out for the difference.
 */
import { MILESTONE_KINDS, type Milestone, type MilestoneKind } from '../planner/milestone.ts';
import type { Command } from './types.ts';

export class PlanChanges {
  readonly commands: Command[] = [];
  private readonly byKind: Map<MilestoneKind, Milestone>;

  constructor(milestones: readonly Milestone[]) {
    this.byKind = new Map(milestones.map((m) => [m.kind, m]));
  }

  get(kind: MilestoneKind): Milestone | undefined {
    return this.byKind.get(kind);
  }

  /** The next revision for a kind: a stale schedule of the old one can then claim nothing. */
  revisionOf = (kind: MilestoneKind): number => (this.byKind.get(kind)?.revision ?? 0) + 1;

  /** Cancels every scheduled milestone that `which` selects. */
  cancel(which: (m: Milestone) => boolean = () => true): void {
    for (const m of this.byKind.values()) {
      if (m.status === 'scheduled' && which(m)) this.replace({ ...m, status: 'cancelled' });
    }
  }

  /** Puts a milestone in place of the one of its kind, cancelling that one's schedule. */
  replace(next: Milestone): void {
    const old = this.byKind.get(next.kind);
    if (old?.status === 'scheduled') this.commands.push({ type: 'cancel', kind: old.kind, revision: old.revision });
    if (next.status === 'scheduled') this.commands.push({ type: 'schedule', kind: next.kind, revision: next.revision, dueAt: next.dueAt });
    this.byKind.set(next.kind, next);
  }

  /** Changes what a milestone says (its reason, the days it skipped) without moving it: no commands. */
  amend(next: Milestone): void {
    this.byKind.set(next.kind, next);
  }

  /** The milestones in policy order. */
  milestones(): Milestone[] {
    return [...this.byKind.values()].sort((a, b) => MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind));
  }
}
