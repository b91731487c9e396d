export { apply, replanForSettings, start } from './apply.ts';
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
export { CLAIM_LEASE_MS, MAX_SEND_ATTEMPTS, RESEND_GRACE_MS, abandonedClaims, blockEmail, claim, claimResend, confirmSent, delivered, failed, handingToMail, released, resendByHand, resendable, sendInFlight, unconfirmed } from './delivery.ts';
