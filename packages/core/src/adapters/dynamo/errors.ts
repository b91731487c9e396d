import { FollowupError, StoreUnavailable, ValidationError } from '../../errors/errors.ts';

/** DynamoDB's limit on a partition key (and on a key attribute of an index), in UTF-8 bytes. */
export const MAX_KEY_BYTES = 2048;

/** A failed condition: the caller knows which domain error it means. */
export function isConditionFailed(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
}

/** Whether DynamoDB would take `key` as a partition key; an item under a longer one cannot exist. */
export const isStorableKey = (key: string): boolean => Buffer.byteLength(key, 'utf8') <= MAX_KEY_BYTES;

/**
 * SDK errors as domain errors. A `ValidationException` is the store refusing the request as
 * made (a key over 2048 bytes, an item over 400 KB): a retry fails the same way, so it is a
 * `ValidationError` (422), never "store unavailable" (503 with Retry-After, retried for ever).
 * Anything else becomes `StoreUnavailable`, keeping the SDK's error as its cause.
 */
export function translate(error: unknown): FollowupError {
  if (error instanceof FollowupError) return error;
  const name = (error as Error | undefined)?.name ?? 'Error';
  if (name === 'ValidationException') {
    return new ValidationError([{ path: '(request)', message: 'is refused by the store: a value is longer or larger than it accepts' }], { cause: error });
  }
  return new StoreUnavailable(`the store failed: ${name}`, { cause: error });
}

/**
 * Awaits an SDK call, turning its errors into domain errors, except a failed condition: only
 * the caller knows what that one means.
 * @example const { Item } = await sent(client.send(new GetItemCommand(input)))
 */
export function sent<T>(request: Promise<T>): Promise<T> {
  return request.catch((error: unknown) => {
    throw isConditionFailed(error) ? error : translate(error);
  });
}
