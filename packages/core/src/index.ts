export { FollowupError, ValidationError, IllegalTransition, VersionConflict, AlreadyClaimed, NotFound, type FieldError } from './errors/errors.ts';
export { interviewRecordSchema, parseRecord, primaryContact, fieldErrors, type InterviewRecord, type InterviewRecordInput, type Contact } from './record/record.ts';
export { plan, DEFAULT_POLICY, resolvePolicy, MILESTONE_KINDS, MILESTONE_LABELS, type Milestone, type MilestoneKind, type MilestoneStatus, type FollowUpPolicy, type PlanOptions } from './planner/index.ts';
export { apply, start, lifecycleEventSchema, INTERVIEW_STATUSES, type Command, type InterviewState, type InterviewStatus, type LifecycleEvent } from './lifecycle/index.ts';
