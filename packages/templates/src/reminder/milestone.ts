import type { Milestone } from '@followup/core/planner';
import type { DraftKind } from '../types.ts';

/** The milestone being reminded of; a core `Milestone` fits. `kind` may be any draft kind, for on-demand drafts. */
export type ReminderMilestone = Pick<Milestone, 'reason' | 'dueAt' | 'localDueAt'> & { kind: DraftKind };
