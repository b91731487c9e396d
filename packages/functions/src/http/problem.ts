/**
 * Every error answers as an RFC 9457 problem document (`application/problem+json`). Domain
 * errors map to statuses here and nowhere else; anything unexpected is logged and answered
 * as a 500 without its details.
 */
import {
  AlreadyClaimed,
  DuplicateExternalId,
  IllegalTransition,
  NotFound,
  StoreUnavailable,
  ValidationError,
  VersionConflict,
} from '@followup/core/errors';
import { DraftNotAvailable } from '@followup/templates/names';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpProblem } from '../errors.ts';

const TITLES: Record<string, string> = {
  'malformed-json': 'Malformed JSON',
  unauthorized: 'Unauthorized',
  'not-found': 'Not found',
  'validation-error': 'Invalid request',
  'illegal-transition': 'Event not allowed',
  'version-conflict': 'Changed concurrently',
  'precondition-failed': 'Version mismatch',
  'precondition-required': 'If-Match required',
  'duplicate-external-id': 'Duplicate externalId',
  'already-claimed': 'Already claimed',
  'draft-not-available': 'Draft not available',
  'idempotency-key-reused': 'Idempotency key reused',
  'request-in-progress': 'Request in progress',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  'store-unavailable': 'Service unavailable',
  'internal-error': 'Internal error',
  'method-not-allowed': 'Method not allowed',
  'invalid-if-match': 'Invalid If-Match',
};

/** Problem type URIs: `urn:followup:problem:not-found`. */
export const problemType = (slug: string) => `urn:followup:problem:${slug}`;

interface Described {
  status: ContentfulStatusCode;
  slug: string;
  detail: string;
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * A problem response.
 * @example return problem(c, { status: 404, slug: 'not-found', detail: 'interview 42 was not found' })
 */
export function problem(c: Context, { status, slug, detail, extra, headers }: Described): Response {
  const body = { type: problemType(slug), title: TITLES[slug] ?? slug, status, detail, instance: c.req.path, ...extra };
  return c.body(JSON.stringify(body), status, { ...headers, 'content-type': 'application/problem+json' });
}

function describe(error: Error, c: Context): Described {
  if (error instanceof ValidationError) {
    return { status: 422, slug: 'validation-error', detail: `${count(error.errors.length, 'invalid field')}: ${error.message}`, extra: { errors: error.errors } };
  }
  if (error instanceof NotFound) return { status: 404, slug: 'not-found', detail: error.message };
  if (error instanceof IllegalTransition) return { status: 409, slug: 'illegal-transition', detail: error.message, extra: { event: error.event, why: error.why } };
  if (error instanceof VersionConflict) {
    // With If-Match the client named a version: RFC 9110 says 412. Without, we retried and still lost.
    return c.req.header('if-match')
      ? { status: 412, slug: 'precondition-failed', detail: `${error.message}; GET it again for the current ETag` }
      : { status: 409, slug: 'version-conflict', detail: `${error.message}; retry the request` };
  }
  if (error instanceof DuplicateExternalId) {
    return { status: 409, slug: 'duplicate-external-id', detail: error.message, extra: { externalId: error.externalId, existingId: error.existingId } };
  }
  if (error instanceof AlreadyClaimed) return { status: 409, slug: 'already-claimed', detail: error.message };
  if (error instanceof DraftNotAvailable) return { status: 409, slug: 'draft-not-available', detail: error.message, extra: { kind: error.kind, why: error.why } };
  if (error instanceof StoreUnavailable) {
    return { status: 503, slug: 'store-unavailable', detail: 'the store did not answer; retry shortly', headers: { 'retry-after': '1' } };
  }
  if (error instanceof HttpProblem) {
    return { status: error.status, slug: error.slug, detail: error.message, ...(error.status === 401 && { headers: { 'www-authenticate': 'Bearer' } }) };
  }
  if (error instanceof HTTPException && error.status === 400) return { status: 400, slug: 'malformed-json', detail: 'the request body is not valid JSON' };
  if (error instanceof HTTPException && error.status === 413) return { status: 413, slug: 'payload-too-large', detail: 'the request body is larger than 64 KB' };
  return { status: 500, slug: 'internal-error', detail: 'something went wrong on our side; it has been logged' };
}

/** `count(1, 'invalid field')` → `1 invalid field`; `count(2, …)` → `2 invalid fields`. */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The app's one `onError`; a 5xx's error goes to the request's log line (`requestLog`). */
export const onError: ErrorHandler = (error, c) => {
  const described = describe(error, c);
  if (described.status >= 500) c.set('failure', error);
  return problem(c, described);
};

/** Unknown routes: a problem too. */
export const notFound: NotFoundHandler = (c) => problem(c, { status: 404, slug: 'not-found', detail: `no route for ${c.req.method} ${c.req.path}` });
