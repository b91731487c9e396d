import { FollowupError, StoreUnavailable } from '../../errors/errors.ts';

/** A failed condition: the caller knows which domain error it means. */
export function isConditionFailed(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
}

/** Any other SDK error becomes `StoreUnavailable`, keeping the SDK's as its cause. */
export function translate(error: unknown): FollowupError {
  if (error instanceof FollowupError) return error;
  const name = (error as Error | undefined)?.name ?? 'Error';
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
