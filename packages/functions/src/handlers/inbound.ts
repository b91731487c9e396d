/** SES receiving: a message to a reply address, stored in S3 by the receipt rule (infra/inbound.ts). */
import { systemClock } from '@followup/core/adapters';
import { S3RawMailSource, createS3Client } from '@followup/core/adapters/s3';
import { loadConfig } from '@followup/core/config';
import { ConfigError } from '@followup/core/errors';
import { handleSesReceipt, type ReceiptOutcome } from '../inbound/ses-receipt.ts';
import { createInboundDeps } from '../wiring/inbound.ts';

const config = loadConfig();
if (!config.inbound.bucket) throw new ConfigError('FOLLOWUP_INBOUND_BUCKET: required: SES stores received mail there');
const deps = createInboundDeps(config, systemClock);
const source = new S3RawMailSource(createS3Client(config.dynamo.region), config.inbound.bucket);

export async function handler(event: unknown): Promise<ReceiptOutcome[]> {
  return handleSesReceipt(deps, source, event);
}
