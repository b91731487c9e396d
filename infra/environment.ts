/**
 * What each function gets as environment variables: exactly the names
 * packages/core/src/config.ts reads (the one module that reads the environment), filled from
 * the resources and secrets. test/infra.test.ts runs `loadConfig` on each function's result.
 */
import { inboundDomain } from './inbound-domain';
import { schedulerEnvironment } from './scheduler';

type Value = string | $util.Output<string>;

interface Sources {
  table: { name: Value };
  email?: { configSet: Value };
  mailFrom?: string;
  publicUrl?: Value;
  linkKey?: { value: Value };
  webhookSecretKey?: { value: Value };
}

/** The settings of a function that schedules, from what it is given. */
export function scheduleEnvironmentFor(sources: Sources): Record<string, Value> {
  const { table, email, mailFrom, publicUrl, linkKey, webhookSecretKey } = sources;
  return {
    FOLLOWUP_TABLE: table.name,
    ...schedulerEnvironment,
    // Reply addresses: the API shows them, reminders Bcc them, the inbound function checks them.
    FOLLOWUP_INBOUND_DOMAIN: inboundDomain,
    ...(email && { FOLLOWUP_SES_CONFIGURATION_SET: email.configSet }),
    ...(mailFrom && { FOLLOWUP_MAIL_FROM: mailFrom }),
    ...(publicUrl && { FOLLOWUP_PUBLIC_URL: publicUrl }),
    ...(linkKey && { FOLLOWUP_LINK_KEY: linkKey.value }),
    ...(webhookSecretKey && { FOLLOWUP_WEBHOOK_SECRET_KEY: webhookSecretKey.value }),
  };
}
