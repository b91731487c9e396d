export { InterviewService, type InterviewServiceDeps, type Outcome, type RecordInput, type SendOutcome, type WriteOptions } from './service.ts';
export { DISPATCH_NOW_WITHIN_MS, dispatchCommands, type CommandTarget, type DispatchFailure } from './dispatch.ts';
export { mergePatch } from './merge-patch.ts';
export { recordRules, type RecordRules } from './record-rules.ts';
export { SENT_MEANS, STOPPING_EVENTS, snoozeUntil } from './policy.ts';
export { claimForNew, describeMatch, findInterview, forBooking, forEvent, matchIds, remember, type MatchKeys, type MatchScope } from './match.ts';
