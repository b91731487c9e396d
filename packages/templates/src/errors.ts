/**
 * Errors raised by the templates package. They extend core's `FollowupError`, so the one
 * Hono `onError` and the CLI map them like every other domain error.
 */
import { FollowupError } from '@followup/core/errors';

export { FollowupError };

/** The record cannot carry this kind of draft (no LinkedIn profile, no recruiter, no correction given). */
export class DraftNotAvailable extends FollowupError {
  constructor(readonly kind: string, readonly why: string) {
    super(`cannot draft ${kind}: ${why}`);
  }
}

/** A link handed to the reminder is not http(s), mailto or a #fragment, so it must not become an href. */
export class UnsafeLink extends FollowupError {
  constructor(readonly url: string) {
    super(`refusing to link to ${JSON.stringify(url.slice(0, 80))}: only http(s), mailto and #fragment links are allowed`);
  }
}
