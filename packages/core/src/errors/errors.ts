/** One field that failed validation, named by its dotted path (`candidate.timeZone`). */
export interface FieldError {
  path: string;
  message: string;
}

/** Base of every error the domain raises; callers map subclasses to HTTP problems or exit codes. */
export class FollowupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that does not satisfy a schema; `errors` names every bad field. */
export class ValidationError extends FollowupError {
  constructor(readonly errors: FieldError[], options?: { cause?: unknown }) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '), options);
  }
}

/** An event that the interview's current state does not allow (e.g. `sent` on a cancelled milestone). */
export class IllegalTransition extends FollowupError {
  constructor(readonly event: string, readonly why: string) {
    super(`${event} is not allowed: ${why}`);
  }
}

/** Someone else changed the item first (optimistic concurrency). */
export class VersionConflict extends FollowupError {
  constructor(readonly id: string, readonly expected: number, what = `interview ${id}`) {
    super(`${what} is no longer at version ${expected}`);
  }
}

/** The milestone was already claimed, re-planned or the interview ended: nothing to send. */
export class AlreadyClaimed extends FollowupError {
  constructor(readonly id: string, readonly kind: string) {
    super(`milestone ${kind} of interview ${id} is not claimable`);
  }
}

/** The thing asked for does not exist for this tenant. */
export class NotFound extends FollowupError {
  constructor(readonly what: string) {
    super(`${what} was not found`);
  }
}

/** Another interview of the tenant already carries this `externalId`. */
export class DuplicateExternalId extends FollowupError {
  constructor(readonly externalId: string, readonly existingId: string) {
    super(`externalId ${externalId} already belongs to interview ${existingId}`);
  }
}

/** The environment (or SST links) do not describe a usable configuration. */
export class ConfigError extends FollowupError {}

/** The store did not answer or refused for a reason of its own (throttling, network); a retry may succeed. */
export class StoreUnavailable extends FollowupError {}

/**
 * A schedule could not be created or deleted (throttled past the client's retries, refused); the
 * sweeper re-drives the milestone. `retryAfterMs`, when set, is the first wait before trying again
 * (doubled each time), for a refusal that only time cures: a Scheduler role IAM has not spread yet.
 */
export class SchedulingFailed extends FollowupError {
  readonly retryAfterMs?: number;

  constructor(message: string, options?: { cause?: unknown; retryAfterMs?: number }) {
    super(message, options);
    this.retryAfterMs = options?.retryAfterMs;
  }
}

/** SES answered that the email was not sent (`code`: its error name); sending it again later is safe. */
export class DeliveryFailed extends FollowupError {
  constructor(readonly code: string, options?: { cause?: unknown }) {
    super(`the email was not sent: ${code}`, options);
  }
}

/**
 * SES refused the email for a reason a retry will not change (message rejected, sender domain
 * not verified, sending paused, a request it calls invalid): the milestone ends `failed`.
 */
export class DeliveryRejected extends FollowupError {
  constructor(readonly code: string, options?: { cause?: unknown }) {
    super(`the email was refused: ${code}`, options);
  }
}

/** SES may or may not have accepted the email (timeout, 5xx, dropped connection): it must never be re-sent blindly. */
export class DeliveryOutcomeUnknown extends FollowupError {
  constructor(readonly code: string, options?: { cause?: unknown }) {
    super(`the email may or may not have been sent: ${code}`, options);
  }
}
