/**
 * What the milestone function and the sweeper build: the interview service, the mailer and
 * the action-link settings. The SES client and the templates load on the first send.
 */
import { createDynamoClient } from '@followup/core/adapters';
import { ConfigError } from '@followup/core/errors';
import type { Clock, Config } from '@followup/core/ports';
import type { DeliveryDeps } from '../delivery/send-reminder.ts';
import { logReminder } from '../http/log.ts';
import { interviewService, interviewStore, tenantPlanning } from './interviews.ts';
import { lazySesMailer } from './mailer.ts';

/**
 * @example const delivery = createDeliveryDeps(loadConfig(), systemClock)
 */
export function createDeliveryDeps(config: Config, clock: Clock, client = createDynamoClient(config.dynamo)): DeliveryDeps {
  const { linkKey, publicUrl } = config;
  if (!linkKey) throw new ConfigError("FOLLOWUP_LINK_KEY: required to sign the candidate's action links");
  if (!publicUrl) throw new ConfigError("FOLLOWUP_PUBLIC_URL: required: the candidate's action links point there");
  const store = interviewStore(config, clock, client);
  return {
    interviews: interviewService(store, clock, undefined, { claimLeaseMs: config.local.claimLeaseMs }),
    store,
    clock,
    links: { key: linkKey, baseUrl: publicUrl },
    from: config.mail.from,
    planning: tenantPlanning(config, clock, client),
    log: (entry) => logReminder(entry),
    inboundDomain: config.inbound.domain,
    mailer: lazySesMailer(config),
  };
}
