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
  constructor(readonly id: string, readonly expected: number) {
    super(`interview ${id} is no longer at version ${expected}`);
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
