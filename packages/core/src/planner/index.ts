export { plan, type PlanOptions } from './plan.ts';
export { DEFAULT_POLICY, resolvePolicy, type FollowUpPolicy } from './policy.ts';
export {
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  STATUS_FOLLOW_UPS,
  THANK_YOU_KINDS,
  type Milestone,
  type MilestoneKind,
  type MilestoneStatus,
  type SkippedDay,
} from './milestone.ts';
export { MILESTONE_LABELS } from './chain.ts';
