import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../../ports/config.ts';

/**
 * The SDK client for the configured endpoint. Locally (an endpoint is set) dynalite takes any
 * credentials, so none are looked up.
 * @example const client = createDynamoClient(config.dynamo)
 */
export function createDynamoClient({ region, endpoint }: Config['dynamo']): DynamoDBClient {
  return new DynamoDBClient({
    region,
    ...(endpoint && { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
  });
}
