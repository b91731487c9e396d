/**
 * What receiving mail builds: the interview service (no dispatcher of its own: the API's or
 * EventBridge's, as configured), the message log, and a mailer for the candidate's notices.
 */
import { randomUUID } from 'node:crypto';
import { createDynamoClient, DynamoMessageStore } from '@followup/core/adapters';
import { ConfigError } from '@followup/core/errors';
import type { Clock, Config } from '@followup/core/ports';
import type { InboundDeps } from '../inbound/deps.ts';
import { configuredDispatcher } from './dispatcher.ts';
import { interviewService, interviewStore, tenantPlanning } from './interviews.ts';
import { lazySesMailer } from './mailer.ts';

/**
 * @example const deps = createInboundDeps(loadConfig(), systemClock)
 */
export function createInboundDeps(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): InboundDeps {
  const { linkKey, publicUrl } = config;
  if (!linkKey) throw new ConfigError('FOLLOWUP_LINK_KEY: required to check reply addresses and sign the candidate\'s action links');
  if (!publicUrl) throw new ConfigError("FOLLOWUP_PUBLIC_URL: required: the candidate's action links point there");
  const store = interviewStore(config, clock, client);
  return {
    interviews: interviewService(store, clock, configuredDispatcher(config, clock), { planning: tenantPlanning(config, clock, client) }),
    store,
    messages: new DynamoMessageStore(client, config.tableName, clock),
    clock,
    newId: randomUUID,
    links: { key: linkKey, baseUrl: publicUrl },
    from: config.mail.from,
    domain: config.inbound.domain,
    mailer: lazySesMailer(config),
  };
}
