import { FollowupError } from '@followup/core/errors';

/**
 * A problem that only exists at the HTTP edge (no credentials, wrong media type …), with the
 * status and problem type it answers with.
 * @example throw new HttpProblem(415, 'unsupported-media-type', 'send application/json')
 */
export class HttpProblem extends FollowupError {
  constructor(readonly status: 400 | 401 | 409 | 413 | 415 | 422 | 428, readonly slug: string, detail: string) {
    super(detail);
  }
}

/** The local stack cannot start: a busy port, a data folder it cannot use. One line for the terminal. */
export class StartError extends FollowupError {}
