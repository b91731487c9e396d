export { apply, start } from './apply.ts';
export { TRANSITIONS, nextStatus } from './transitions.ts';
export {
  INTERVIEW_STATUSES,
  type Command,
  type InterviewState,
  type InterviewStatus,
  type LifecycleEvent,
  type LifecycleEventType,
  type TransitionOptions,
} from './types.ts';
export { lifecycleEventSchema } from './event-schema.ts';
export { CLAIM_LEASE_MS, MAX_SEND_ATTEMPTS, abandonedClaims, blockEmail, claim, delivered, failed, released, sendInFlight, unconfirmed } from './delivery.ts';
