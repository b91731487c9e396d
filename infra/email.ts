/**
 * SES: the sending identity and its configuration set. Send, bounce and complaint events go to an
 * SNS topic (SST's `Email.events` takes a topic or a bus; SES only publishes to the *default*
 * EventBridge bus, so a topic keeps the wiring inside this app), and the topic to `ses-events`.
 */
import { scheduleEnvironmentFor } from './environment';
import { table } from './storage';
import { accountId, deadLetterQueue, lean, region, runtime } from './stage';

/** The domain reminders come from, verified in SES (deploy-time setting, see README). */
const domain = process.env.FOLLOWUP_MAIL_DOMAIN;
if (!domain) throw new Error('Set FOLLOWUP_MAIL_DOMAIN to the domain reminders are sent from, e.g. FOLLOWUP_MAIL_DOMAIN=mail.example.com npx sst deploy --stage prod');
export const mailFrom = `followup <reminders@${domain}>`;

export const mailEvents = new sst.aws.SnsTopic('MailEvents');

export const email = new sst.aws.Email('Email', {
  sender: domain,
  // Route 53 creates the DKIM and DMARC records; elsewhere add them by hand (README).
  dns: process.env.FOLLOWUP_MAIL_DNS === 'manual' ? false : sst.aws.dns(),
  // Send events confirm a reminder whose outcome was lost (`unconfirmed`); bounces and complaints stop reminders.
  events: [{ name: 'MailEvents', types: ['send', 'bounce', 'complaint'], topic: mailEvents.arn }],
});

// SES publishes to the topic only if the topic's policy lets it, for this configuration set.
new aws.sns.TopicPolicy('MailEventsPolicy', {
  arn: mailEvents.arn,
  policy: $jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'ses.amazonaws.com' },
        Action: 'SNS:Publish',
        Resource: mailEvents.arn,
        Condition: {
          StringEquals: { 'AWS:SourceAccount': accountId },
          ArnLike: { 'AWS:SourceArn': $interpolate`arn:aws:ses:${region}:${accountId}:configuration-set/${email.configSet}` },
        },
      },
    ],
  }),
});

/** Notifications `ses-events` still failed on after Lambda's two retries. */
export const mailEventFailures = deadLetterQueue('MailEventFailures');

export const sesEvents = mailEvents.subscribe('SesEvents', {
  handler: 'packages/functions/src/handlers/ses-events.handler',
  ...runtime,
  ...lean,
  memory: '512 MB',
  timeout: '30 seconds',
  retries: 2,
  link: [table],
  // It only marks interviews: their schedules may still fire, and then claim nothing.
  permissions: [{ actions: ['sqs:SendMessage'], resources: [mailEventFailures.arn] }],
  environment: scheduleEnvironmentFor({ table }),
  transform: { eventInvokeConfig: { destinationConfig: { onFailure: { destination: mailEventFailures.arn } } } },
});
