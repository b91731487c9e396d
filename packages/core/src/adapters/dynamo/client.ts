import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../../ports/config.ts';

/** The client the DynamoDB adapters take: code outside the adapters names it through this type, never the SDK. */
export type DynamoClient = DynamoDBClient;

/**
 * The SDK client for the configured endpoint. Locally (an endpoint is set) dynalite takes any
 * credentials, so none are looked up.
 *
 * `cacheMiddleware`: the SDK otherwise rebuilds and sorts its middleware stack on every `send`
 * (about a quarter of its CPU per GetItem); cached, it is built once per command type. The
 * price: middleware must be added before the first `send`, which is all we (and the tests) do.
 * @example const client = createDynamoClient(config.dynamo)
 */
export function createDynamoClient({ region, endpoint }: Config['dynamo']): DynamoDBClient {
  return new DynamoDBClient({
    region,
    cacheMiddleware: true,
    ...(endpoint && { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  });
}
