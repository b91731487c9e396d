/**
 * What every other infra file shares: the stage's protection, the account and region that IAM
 * and EventBridge Scheduler ARNs are built from, the deploy-time settings, and the alerts topic
 * every alarm notifies.
 */
import corePackage from '../packages/core/package.json';
import functionsPackage from '../packages/functions/package.json';

/** Stages that hold real candidates' data: retained on removal, protected from `sst remove`. */
export const isProduction = $app.stage === 'prod' || $app.stage === 'production';

export const region = aws.getRegionOutput().region;
export const accountId = aws.getCallerIdentityOutput().accountId;

/** Stage-scoped physical names, for the resources whose ARNs are needed before they exist. */
export const physical = (name: string) => `${$app.name}-${$app.stage}-${name}`;

/** Every function: Lambda's Node 22 on Graviton (same bundle, about 20 % cheaper per GB-second). */
export const runtime = { runtime: 'nodejs22.x', architecture: 'arm64' } as const;

/**
 * Packages esbuild cannot inline, which SST's `install` puts into the function's node_modules, at
 * the versions the workspace pins (a bare name would install the latest):
 * `date-holidays`, required only for a plan outside the generated holiday table's years
 * (packages/core/src/calendar/holiday-source.ts), so it is never in the bundle itself. (The
 * drafts' spelling dictionary, `words.br`, is a file read beside the speller's chunk: copied in.
 * Unverified against a deployed zip: SST keeps the handler's source path, so the chunks sit in
 * `packages/functions/src/handlers/`.)
 */
export const planning = { 'date-holidays': corePackage.dependencies['date-holidays'] };
const wordList = [{ from: 'packages/templates/src/lint/words.br', to: 'packages/functions/src/handlers/words.br' }];
export const withTemplates = { nodejs: { install: planning, splitting: true }, copyFiles: wordList } as const;

/** The API also serves `/docs` from the files of `swagger-ui-dist` (packages/functions/src/http/docs.ts). */
export const withDocs = { nodejs: { install: { ...planning, 'swagger-ui-dist': functionsPackage.dependencies['swagger-ui-dist'] }, splitting: true }, copyFiles: wordList } as const;

/** Dynamic imports in their own chunks: the API loads the SES client only when it sends. */
export const lean = { nodejs: { splitting: true } } as const;

/** Failed events are kept 14 days (SQS's maximum) for a person to look at. */
export const keepFourteenDays = { transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } } };

/**
 * Deploy-time settings, read when the stage is deployed (like FOLLOWUP_MAIL_DOMAIN; what the
 * functions read at run time is packages/core/src/config/config.ts's):
 *   FOLLOWUP_SES_SEND_RATE  the account's SES maximum send rate in messages a second, as the SES
 *                           console shows it (default 14; a sandboxed account has 1)
 *   FOLLOWUP_ALARM_EMAIL    an address subscribed to the alerts topic (it must confirm once)
 */
export const sesSendRate = positiveNumber('FOLLOWUP_SES_SEND_RATE', 14);
const alarmEmail = process.env.FOLLOWUP_ALARM_EMAIL || undefined;

function positiveNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of messages a second (SES console: "Maximum send rate"), not "${text}"`);
  return value;
}

/** What a team subscribes to (email, chat, paging): every alarm of the stage notifies it, when it fires and when it clears. */
export const alerts = new sst.aws.SnsTopic('Alerts');
if (alarmEmail) new aws.sns.TopicSubscription('AlertsEmail', { topic: alerts.arn, protocol: 'email', endpoint: alarmEmail });

const alarmActions = { alarmActions: [alerts.arn], okActions: [alerts.arn] };

/**
 * A queue for events that failed for good, kept 14 days, with an alarm as soon as it holds one
 * message (test/infra.test.ts checks every queue has one).
 * @example export const fooFailures = deadLetterQueue('FooFailures')
 */
export function deadLetterQueue(name: string): sst.aws.Queue {
  const queue = new sst.aws.Queue(name, keepFourteenDays);
  new aws.cloudwatch.MetricAlarm(`${name}Alarm`, {
    alarmDescription: `${$app.name} ${$app.stage}: ${name} holds a failed event (messages are kept 14 days)`,
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: queue.nodes.queue.name },
    statistic: 'Maximum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
    // SQS stops reporting an idle empty queue: no data is no dead letter.
    treatMissingData: 'notBreaching',
    ...alarmActions,
  });
  return queue;
}

/**
 * An alarm when a log group has a matching event: a metric filter counts them (`SchedulingFailed`
 * in the stage's namespace), and one in five minutes fires.
 */
export function alarmOnLogEvent(name: string, logGroupName: $util.Input<string>, pattern: string, description: string): void {
  const namespace = `${$app.name}/${$app.stage}`;
  new aws.cloudwatch.LogMetricFilter(`${name}Filter`, {
    name: physical(name),
    logGroupName,
    pattern,
    metricTransformation: { name, namespace, value: '1', defaultValue: '0' },
  });
  new aws.cloudwatch.MetricAlarm(`${name}Alarm`, {
    alarmDescription: `${$app.name} ${$app.stage}: ${description}`,
    namespace,
    metricName: name,
    statistic: 'Sum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    ...alarmActions,
  });
}
