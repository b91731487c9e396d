/**
 * Receiving mail at reply addresses (issue 13). SES receives mail only in some regions (README).
 *
 *   MX <inbound domain> ─▶ SES (active rule set ─▶ rule: spam and virus scan, TLS required)
 *        ├─ 1. S3 action: raw message ─▶ InboundMail bucket, `inbound/<SES message id>`, expires after 30 days
 *        └─ 2. Lambda action (async) ─▶ Inbound function ─▶ the same handler as npm start's SMTP receiver
 *                                           └─ failed after 2 retries ─▶ InboundFailures queue
 *
 * One rule set is active per account and region: activating this one replaces any other.
 */
import { api } from './api';
import { email, mailFrom } from './email';
import { scheduleEnvironmentFor } from './environment';
import { inboundDomain } from './inbound-domain';
import { schedulingPermissions } from './scheduler';
import { linkKey } from './secrets';
import { accountId, deadLetterQueue, isProduction, lean, physical, region, runtime } from './stage';
import { table } from './storage';

/** Where the rule puts raw mail (packages/functions/src/inbound/ses-receipt.ts reads it there). */
const PREFIX = 'inbound/';
/** POLICY: bodies are not kept past 30 days. */
export const RAW_MAIL_DAYS = 30;

const ruleSetName = physical('inbound');
const ruleName = physical('reply-addresses');
const ruleArn = $interpolate`arn:aws:ses:${region}:${accountId}:receipt-rule-set/${ruleSetName}:receipt-rule/${ruleName}`;

// The domain must be a verified SES identity to receive; Route 53 verifies it as for sending.
const manualDns = process.env.FOLLOWUP_MAIL_DNS === 'manual';
export const inboundIdentity = new sst.aws.Email('InboundDomain', { sender: inboundDomain, dns: manualDns ? false : sst.aws.dns() });

export const inboundMx = manualDns
  ? undefined
  : new aws.route53.Record('InboundMx', {
    zoneId: aws.route53.getZoneOutput({ name: process.env.FOLLOWUP_DNS_ZONE ?? inboundDomain.split('.').slice(1).join('.') }).zoneId,
    name: inboundDomain,
    type: 'MX',
    ttl: 300,
    records: [$interpolate`10 inbound-smtp.${region}.amazonaws.com`],
  });

export const inboundMail = new aws.s3.Bucket('InboundMail', { forceDestroy: !isProduction });

new aws.s3.BucketPublicAccessBlock('InboundMailPrivate', {
  bucket: inboundMail.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true,
});

export const inboundMailExpiry = new aws.s3.BucketLifecycleConfiguration('InboundMailExpiry', {
  bucket: inboundMail.id,
  rules: [{ id: 'raw-mail-30-days', status: 'Enabled', filter: { prefix: PREFIX }, expiration: { days: RAW_MAIL_DAYS } }],
});

// SES writes the raw message only if the bucket lets it, for this rule.
export const inboundMailPolicy = new aws.s3.BucketPolicy('InboundMailPolicy', {
  bucket: inboundMail.id,
  policy: $jsonStringify({
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow',
      Principal: { Service: 'ses.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: $interpolate`${inboundMail.arn}/${PREFIX}*`,
      Condition: { StringEquals: { 'AWS:SourceAccount': accountId }, ArnLike: { 'AWS:SourceArn': ruleArn } },
    }],
  }),
});

/** Receipts the function still failed on after Lambda's two retries. */
export const inboundFailures = deadLetterQueue('InboundFailures');

export const inbound = new sst.aws.Function('Inbound', {
  handler: 'packages/functions/src/handlers/inbound.handler',
  ...runtime,
  ...lean,
  memory: '512 MB',
  timeout: '30 seconds',
  retries: 2,
  // The table, and SES to tell the candidate ("They replied — it looks like an offer").
  link: [table, email],
  permissions: [
    // A reply with a decision date re-plans follow-ups: it schedules.
    ...schedulingPermissions,
    { actions: ['s3:GetObject'], resources: [$interpolate`${inboundMail.arn}/${PREFIX}*`] },
    { actions: ['sqs:SendMessage'], resources: [inboundFailures.arn] },
  ],
  environment: { ...scheduleEnvironmentFor({ table, email, mailFrom, publicUrl: api.url, linkKey }), FOLLOWUP_INBOUND_BUCKET: inboundMail.bucket },
  transform: { eventInvokeConfig: { destinationConfig: { onFailure: { destination: inboundFailures.arn } } } },
});

export const inboundInvoke = new aws.lambda.Permission('InboundFromSes', {
  action: 'lambda:InvokeFunction',
  function: inbound.name,
  principal: 'ses.amazonaws.com',
  sourceAccount: accountId,
  sourceArn: ruleArn,
});

export const inboundRuleSet = new aws.ses.ReceiptRuleSet('InboundRuleSet', { ruleSetName });

export const inboundActiveRuleSet = new aws.ses.ActiveReceiptRuleSet('InboundActiveRuleSet', { ruleSetName: inboundRuleSet.ruleSetName });

export const inboundRule = new aws.ses.ReceiptRule('InboundRule', {
  name: ruleName,
  ruleSetName: inboundRuleSet.ruleSetName,
  recipients: [inboundDomain],
  enabled: true,
  // SES's spam and virus verdicts: the function refuses a FAIL.
  scanEnabled: true,
  tlsPolicy: 'Require',
  s3Actions: [{ bucketName: inboundMail.bucket, objectKeyPrefix: PREFIX, position: 1 }],
  lambdaActions: [{ functionArn: inbound.arn, invocationType: 'Event', position: 2 }],
}, { dependsOn: [inboundMailPolicy, inboundInvoke] });
