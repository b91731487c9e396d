/// <reference path="./.sst/platform/config.d.ts" />

/**
 * followup on AWS, stage by stage (`npx sst deploy --stage prod`). The map:
 *
 *   infra/storage.ts    DynamoDB table: keys, tenant/status/email/due indexes, TTL
 *   infra/secrets.ts    LinkKey, WebhookSecretKey
 *   infra/scheduler.ts  schedule group, the role Scheduler assumes, its dead-letter queue
 *   infra/email.ts      SES identity + configuration set → bounce/complaint topic → ses-events
 *   infra/api.ts        HTTP API → the Hono app (REST, webhooks, action pages)
 *   infra/milestone.ts  the schedules' target: claim, render, send; retries + failure queue
 *   infra/sweeper.ts    every 5 minutes: re-drive missed milestones; retries + DLQ
 *   infra/inbound.ts    reply addresses: MX → SES rule set → raw mail in S3 (30 days) → inbound function
 *
 * Deploys are not exercised in this repository; test/infra.test.ts evaluates this file with
 * recording stand-ins for SST's globals and checks the wiring.
 */
export default $config({
  app(input) {
    const production = input?.stage === 'prod' || input?.stage === 'production';
    return {
      name: 'followup',
      home: 'aws',
      // Production keeps its data when removed, and refuses `sst remove` outright.
      removal: production ? 'retain' : 'remove',
      protect: production,
    };
  },
  async run() {
    const { table } = await import('./infra/storage');
    await import('./infra/secrets');
    const { scheduleGroup, scheduleDlq } = await import('./infra/scheduler');
    const { email } = await import('./infra/email');
    const { api } = await import('./infra/api');
    const { milestone, milestoneFailures } = await import('./infra/milestone');
    const { sweeperDlq } = await import('./infra/sweeper');
    const { inbound, inboundFailures } = await import('./infra/inbound');
    const { inboundDomain } = await import('./infra/inbound-domain');
    return {
      api: api.url,
      table: table.name,
      sender: email.sender,
      scheduleGroup: scheduleGroup.name,
      milestone: milestone.name,
      deadLetters: $interpolate`${scheduleDlq.url} ${milestoneFailures.url} ${sweeperDlq.url} ${inboundFailures.url}`,
      inbound: $interpolate`${inbound.name} receives mail for *@${inboundDomain}`,
    };
  },
});
