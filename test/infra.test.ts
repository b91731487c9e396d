/**
 * The deployment's wiring, checked without the SST CLI (it downloads Pulumi on first use, and
 * nothing here deploys). `sst.config.ts` is evaluated with recording stand-ins for SST's globals:
 * each component records its name and arguments, and each output is a readable token such as
 * `<<Table.name>>`, so the assertions read like the ARNs and names they stand for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tableDefinition, TTL_ATTRIBUTE } from '../packages/core/src/adapters/dynamo/table.ts';
import { loadConfig } from '../packages/core/src/config/config.ts';
import { systemClock } from '../packages/core/src/adapters/system-clock.ts';
import { createApiDeps } from '../packages/functions/src/wiring/api.ts';
import { createDeliveryDeps } from '../packages/functions/src/wiring/delivery.ts';
import { interviewService, interviewStore } from '../packages/functions/src/wiring/interviews.ts';
import type { InterviewServiceDeps } from '../packages/core/src/interviews/service.ts';
import type { InterviewStore } from '../packages/core/src/ports/store.ts';
import corePackage from '../packages/core/package.json';
import functionsPackage from '../packages/functions/package.json';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Recorded {
  type: string;
  name: string;
  args: any;
}

interface Evaluated {
  app: { name: string; removal: string; protect: boolean; home: string };
  outputs: Record<string, unknown>;
  resources: Recorded[];
}

const token = (name: string, property: string) => `<<${name}.${property}>>`;

/** A component stand-in: records itself; any property it lacks reads as that output's token. */
function component(type: string, methods: (name: string, record: (r: Recorded) => void) => Record<string, unknown> = () => ({})) {
  return (record: (r: Recorded) => void) =>
    class {
      constructor(name: string, args: unknown = {}) {
        record({ type, name, args });
        const own: Record<string, unknown> = { toString: () => `<<${name}>>`, ...methods(name, record) };
        return new Proxy(this, {
          get: (_, property) => (typeof property === 'string' ? (Object.hasOwn(own, property) ? own[property] : token(name, property)) : undefined),
        });
      }
    };
}

/** SST's functions, wherever they are declared: the args of a Function, a route, a subscriber or a cron's `function`. */
function functions(resources: Recorded[]): Map<string, any> {
  const found = new Map<string, any>();
  for (const r of resources) {
    if (r.type === 'sst.aws.Function' || r.type === 'route' || r.type === 'subscriber') found.set(r.name, r.args);
    if (r.type === 'sst.aws.CronV2') found.set(r.name, r.args.function);
  }
  return found;
}

async function evaluate(stage: string): Promise<Evaluated> {
  const resources: Recorded[] = [];
  const record = (r: Recorded) => resources.push(r);
  const subscribe = (topic: string) => (name: string, fn: unknown) => {
    record({ type: 'subscriber', name, args: fn });
    record({ type: 'subscription', name, args: { topic } });
  };
  const route = (api: string) => (path: string, fn: unknown) => {
    record({ type: 'route', name: `${api} ${path}`, args: fn });
    return { nodes: { function: {} } };
  };
  const globals = {
    $app: { name: 'followup', stage },
    $dev: false,
    $config: (config: unknown) => config,
    $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ''), ''),
    $jsonStringify: (value: unknown) => JSON.stringify(value),
    $resolve: (values: unknown) => values,
    sst: {
      Secret: component('sst.Secret')(record),
      Linkable: component('sst.Linkable')(record),
      aws: {
        dns: () => 'route53',
        Dynamo: component('sst.aws.Dynamo')(record),
        Function: component('sst.aws.Function')(record),
        Queue: component('sst.aws.Queue', (name) => ({ nodes: { queue: { name: token(name, 'queueName') } } }))(record),
        CronV2: component('sst.aws.CronV2')(record),
        Email: component('sst.aws.Email')(record),
        SnsTopic: component('sst.aws.SnsTopic', (name) => ({ subscribe: subscribe(name) }))(record),
        ApiGatewayV2: component('sst.aws.ApiGatewayV2', (name) => ({ route: route(name) }))(record),
      },
    },
    aws: {
      getRegionOutput: () => ({ region: '<<region>>' }),
      getCallerIdentityOutput: () => ({ accountId: '<<account>>' }),
      scheduler: { ScheduleGroup: component('aws.scheduler.ScheduleGroup')(record) },
      iam: { Role: component('aws.iam.Role')(record) },
      sns: { TopicPolicy: component('aws.sns.TopicPolicy')(record), TopicSubscription: component('aws.sns.TopicSubscription')(record) },
      cloudwatch: {
        LogGroup: component('aws.cloudwatch.LogGroup')(record),
        LogMetricFilter: component('aws.cloudwatch.LogMetricFilter')(record),
        MetricAlarm: component('aws.cloudwatch.MetricAlarm')(record),
      },
      route53: { Record: component('aws.route53.Record')(record), getZoneOutput: ({ name }: { name: string }) => ({ zoneId: `<<zone ${name}>>` }) },
      s3: {
        Bucket: component('aws.s3.Bucket')(record),
        BucketPublicAccessBlock: component('aws.s3.BucketPublicAccessBlock')(record),
        BucketLifecycleConfiguration: component('aws.s3.BucketLifecycleConfiguration')(record),
        BucketPolicy: component('aws.s3.BucketPolicy')(record),
      },
      lambda: { Permission: component('aws.lambda.Permission')(record) },
      ses: {
        ReceiptRuleSet: component('aws.ses.ReceiptRuleSet')(record),
        ActiveReceiptRuleSet: component('aws.ses.ActiveReceiptRuleSet')(record),
        ReceiptRule: component('aws.ses.ReceiptRule')(record),
      },
    },
  };
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  vi.stubEnv('FOLLOWUP_MAIL_DOMAIN', 'mail.example.com');
  vi.stubEnv('FOLLOWUP_INBOUND_DOMAIN', 'replies.example.com');
  vi.resetModules(); // infra/*.ts run their top level once per import; each stage needs a fresh run
  // A computed specifier: tsc would otherwise type-check infra/*.ts, whose SST globals only
  // exist once the SST CLI has generated .sst/platform/config.d.ts.
  const configFile = '../sst.config.ts';
  const { default: config } = await import(configFile);
  const app = config.app({ stage });
  const outputs = await config.run();
  return { app, outputs, resources };
}

const one = (resources: Recorded[], type: string, name?: string): Recorded => {
  const matches = resources.filter((r) => r.type === type && (name === undefined || r.name === name));
  expect(matches, `${type} ${name ?? ''}`).toHaveLength(1);
  return matches[0]!;
};

/** Statements of every function, flattened, for "nothing is granted on *". */
const permissionsOf = (fn: any): { actions: string[]; resources: string[] }[] => fn.permissions ?? [];

/** Turns tokens into values of the right shape, as AWS would fill them in. */
function resolveTokens(environment: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]) => [
      key,
      value
        .replace(/<<(\w+)\.arn>>/g, 'arn:aws:sqs:us-east-1:123456789012:$1')
        .replace(/<<(\w+)\.url>>/g, 'https://$1.example.com')
        .replace(/<<(\w+)\.value>>/g, 'a-secret-of-at-least-thirty-two-characters-$1')
        .replace(/<<region>>/g, 'us-east-1')
        .replace(/<<account>>/g, '123456789012')
        .replace(/<<(\w+)\.(\w+)>>/g, '$1-$2'),
    ]),
  );
}

describe('sst.config.ts', () => {
  let prod: Evaluated;
  let dev: Evaluated;
  beforeAll(async () => {
    prod = await evaluate('prod');
    dev = await evaluate('dev');
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });
  afterEach(() => vi.unstubAllEnvs());

  it('names every function handler after a file in the repo that exports `handler`', () => {
    const fns = functions(prod.resources);
    expect([...fns.keys()].sort()).toEqual(['Api $default', 'Inbound', 'Milestone', 'SesEvents', 'Sweeper']);
    for (const [name, fn] of fns) {
      const match = /^(.+)\.handler$/.exec(fn.handler);
      expect(match, `${name}: handler "${fn.handler}"`).not.toBeNull();
      const file = `${root}${match![1]}.ts`;
      expect(existsSync(file), `${name}: ${match![1]}.ts does not exist yet`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${name}: ${match![1]}.ts exports no handler`).toMatch(/export\s+(const|let|async\s+function|function)\s+handler\b|export\s*\{[^}]*\bhandler\b[^}]*\}/);
    }
  });

  it('runs every function on Node 22, and ships date-holidays (for years beyond the table) beside those that plan', () => {
    const fns = functions(prod.resources);
    for (const fn of fns.values()) expect(fn).toMatchObject({ runtime: 'nodejs22.x', architecture: 'arm64', nodejs: { splitting: true } });
    for (const name of ['Api $default', 'Milestone', 'Sweeper']) expect(fns.get(name).nodejs.install).toMatchObject({ 'date-holidays': corePackage.dependencies['date-holidays'] });
  });

  it('mirrors tableDefinition(): keys, the four indexes with their projections, and TTL', () => {
    const { args } = one(prod.resources, 'sst.aws.Dynamo', 'Table');
    const definition = tableDefinition('followup');
    expect(Object.keys(args.fields).sort()).toEqual(definition.AttributeDefinitions!.map((a) => a.AttributeName).sort());
    expect(Object.values(args.fields)).toEqual(definition.AttributeDefinitions!.map(() => 'string'));
    expect(args.primaryIndex).toEqual({ hashKey: definition.KeySchema![0]!.AttributeName });
    const indexes = Object.fromEntries(
      definition.GlobalSecondaryIndexes!.map((gsi) => [
        gsi.IndexName,
        {
          hashKey: gsi.KeySchema![0]!.AttributeName,
          rangeKey: gsi.KeySchema![1]!.AttributeName,
          projection: gsi.Projection!.ProjectionType === 'ALL' ? 'all' : gsi.Projection!.NonKeyAttributes,
        },
      ]),
    );
    expect(args.globalIndexes).toEqual(indexes);
    expect(args.ttl).toBe(TTL_ATTRIBUTE);
  });

  it('lets EventBridge Scheduler, and only it, invoke the milestone function and write to the dead-letter queue', () => {
    const role = one(prod.resources, 'aws.iam.Role', 'SchedulerRole');
    expect(JSON.parse(role.args.assumeRolePolicy).Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '<<account>>' } } },
    ]);
    const milestone = one(prod.resources, 'sst.aws.Function', 'Milestone');
    expect(milestone.args.name).toBe('followup-prod-Milestone');
    const statements = role.args.inlinePolicies.flatMap((p: { policy: string }) => JSON.parse(p.policy).Statement);
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:<<region>>:<<account>>:function:followup-prod-Milestone' },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '<<ScheduleDlq.arn>>' },
    ]);
  });

  it('scopes scheduling to the stage group: Create/DeleteSchedule on group/*, PassRole on the Scheduler role only', () => {
    expect(one(prod.resources, 'aws.scheduler.ScheduleGroup').args.name).toBe('followup-prod-milestones');
    expect(one(dev.resources, 'aws.scheduler.ScheduleGroup').args.name).toBe('followup-dev-milestones');
    for (const [name, fn] of functions(prod.resources)) {
      if (name === 'SesEvents') {
        expect(permissionsOf(fn).flatMap((st) => st.actions), name).toEqual(['sqs:SendMessage']);
      } else {
        const statements = permissionsOf(fn);
        expect(statements, name).toContainEqual({
          actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
          resources: ['arn:aws:scheduler:<<region>>:<<account>>:schedule/<<ScheduleGroup.name>>/*'],
        });
        expect(statements.find((s) => s.actions.includes('iam:PassRole'))).toMatchObject({ resources: ['<<SchedulerRole.arn>>'] });
        for (const s of statements) {
          expect(s.resources, `${name} ${s.actions}`).not.toContain('*');
          expect(s.actions.some((a) => a.endsWith('*')), `${name} ${s.actions}`).toBe(false);
        }
      }
    }
  });

  it('gives each function its resources: the table to all, SES to those that send (the API too: fireNow), the API its own URL', () => {
    const fns = functions(prod.resources);
    const links = (name: string) => fns.get(name).link.map(String);
    expect(links('Api $default')).toEqual(['<<Table>>', '<<Email>>']);
    expect(links('Milestone')).toEqual(['<<Table>>', '<<Email>>']);
    expect(links('Sweeper')).toEqual(['<<Table>>', '<<Email>>']);
    expect(links('SesEvents')).toEqual(['<<Table>>']);
    expect(links('Inbound')).toEqual(['<<Table>>', '<<Email>>']);
    expect(fns.get('Api $default').environment.FOLLOWUP_PUBLIC_URL).toBe('<<Api.url>>');
    expect(fns.get('Milestone').environment.FOLLOWUP_PUBLIC_URL).toBe('<<Api.url>>');
  });

  it('sends bounce and complaint events through the topic SES may publish to, to ses-events', () => {
    const email = one(prod.resources, 'sst.aws.Email', 'Email');
    expect(email.args).toMatchObject({ sender: 'mail.example.com', events: [{ types: expect.arrayContaining(['bounce', 'complaint']), topic: '<<MailEvents.arn>>' }] });
    expect(one(prod.resources, 'subscription', 'SesEvents').args.topic).toBe('MailEvents');
    const policy = JSON.parse(one(prod.resources, 'aws.sns.TopicPolicy').args.policy).Statement[0];
    expect(policy).toMatchObject({ Principal: { Service: 'ses.amazonaws.com' }, Action: 'SNS:Publish', Resource: '<<MailEvents.arn>>' });
    expect(policy.Condition.ArnLike['AWS:SourceArn']).toBe('arn:aws:ses:<<region>>:<<account>>:configuration-set/<<Email.configSet>>');
  });

  it('hands each function settings that loadConfig accepts, with the webhook key only where webhooks are served', () => {
    const fns = functions(prod.resources);
    for (const [name, fn] of fns) {
      const config = loadConfig(resolveTokens(fn.environment));
      expect(config.tableName, name).toBe('Table-name');
      expect(config.scheduler, name).toEqual({
        groupName: 'ScheduleGroup-name',
        targetArn: 'arn:aws:lambda:us-east-1:123456789012:function:followup-prod-Milestone',
        roleArn: 'arn:aws:sqs:us-east-1:123456789012:SchedulerRole',
        deadLetterArn: 'arn:aws:sqs:us-east-1:123456789012:ScheduleDlq',
      });
    }
    const env = (name: string) => Object.keys(fns.get(name).environment);
    expect(env('Api $default')).toEqual(expect.arrayContaining(['FOLLOWUP_LINK_KEY', 'FOLLOWUP_WEBHOOK_SECRET_KEY', 'FOLLOWUP_PUBLIC_URL']));
    expect(env('Milestone')).toEqual(expect.arrayContaining(['FOLLOWUP_LINK_KEY', 'FOLLOWUP_MAIL_FROM', 'FOLLOWUP_SES_CONFIGURATION_SET']));
    expect(env('Milestone')).not.toContain('FOLLOWUP_WEBHOOK_SECRET_KEY');
    expect(env('SesEvents')).not.toContain('FOLLOWUP_WEBHOOK_SECRET_KEY');
    for (const name of ['Api $default', 'Milestone', 'Sweeper']) expect(env(name), name).toContain('FOLLOWUP_LINK_KEY'); // their wiring requires it
    expect(env('SesEvents')).not.toContain('FOLLOWUP_LINK_KEY');
    const milestone = loadConfig(resolveTokens(fns.get('Milestone').environment));
    expect(milestone.mail).toMatchObject({ from: 'followup <reminders@mail.example.com>', configurationSet: 'Email-configSet' });
    expect(milestone.publicUrl).toBe('https://Api.example.com');
    // What each handler builds at start from its environment must not throw there.
    expect(() => createApiDeps(loadConfig(resolveTokens(fns.get('Api $default').environment)), systemClock)).not.toThrow();
    for (const name of ['Milestone', 'Sweeper']) {
      expect(() => createDeliveryDeps(loadConfig(resolveTokens(fns.get(name).environment)), systemClock), name).not.toThrow();
    }
    expect(() => interviewStore(loadConfig(resolveTokens(fns.get('SesEvents').environment)), systemClock)).not.toThrow();
    expect(one(prod.resources, 'sst.Secret', 'LinkKey')).toBeDefined();
    expect(one(prod.resources, 'sst.Secret', 'WebhookSecretKey')).toBeDefined();
  });

  it('retries the milestone function twice, then sends the event to its failure queue', () => {
    const { args } = one(prod.resources, 'sst.aws.Function', 'Milestone');
    expect(args.retries).toBe(2);
    expect(args.transform.eventInvokeConfig.destinationConfig.onFailure.destination).toBe('<<MilestoneFailures.arn>>');
    expect(permissionsOf(args)).toContainEqual({ actions: ['sqs:SendMessage'], resources: ['<<MilestoneFailures.arn>>'] });
  });

  it('sweeps every 5 minutes with explicit retries and a dead-letter queue, for both the invocation and the run', () => {
    const { args } = one(prod.resources, 'sst.aws.CronV2', 'Sweeper');
    expect(args).toMatchObject({ schedule: 'rate(5 minutes)', retries: 3, dlq: '<<SweeperDlq.arn>>' });
    expect(args.function.retries).toBe(1);
    expect(args.function.transform.eventInvokeConfig.destinationConfig.onFailure.destination).toBe('<<SweeperDlq.arn>>');
    expect(permissionsOf(args.function)).toContainEqual({ actions: ['sqs:SendMessage'], resources: ['<<SweeperDlq.arn>>'] });
    const sesEvents = functions(prod.resources).get('SesEvents');
    expect(sesEvents.retries).toBe(2);
    expect(sesEvents.transform.eventInvokeConfig.destinationConfig.onFailure.destination).toBe('<<MailEventFailures.arn>>');
  });

  it('keeps failed events 14 days in every queue', () => {
    const queues = prod.resources.filter((r) => r.type === 'sst.aws.Queue');
    expect(queues.map((q) => q.name).sort()).toEqual(['InboundFailures', 'MailEventFailures', 'MilestoneFailures', 'ScheduleDlq', 'SweeperDlq']);
    for (const q of queues) expect(q.args.transform.queue.messageRetentionSeconds, q.name).toBe(1_209_600);
  });

  it('retains and protects production data; a dev stage is removed whole', () => {
    expect(prod.app).toMatchObject({ name: 'followup', home: 'aws', removal: 'retain', protect: true });
    expect(one(prod.resources, 'sst.aws.Dynamo').args.deletionProtection).toBe(true);
    expect(dev.app).toMatchObject({ removal: 'remove', protect: false });
    expect(one(dev.resources, 'sst.aws.Dynamo').args.deletionProtection).toBe(false);
    expect(one(dev.resources, 'sst.aws.Function', 'Milestone').args.name).toBe('followup-dev-Milestone');
  });

  it('receives mail for the inbound domain: a verified identity, its MX record, and the one active rule set', () => {
    expect(one(prod.resources, 'sst.aws.Email', 'InboundDomain').args).toMatchObject({ sender: 'replies.example.com', dns: 'route53' });
    expect(one(prod.resources, 'aws.route53.Record', 'InboundMx').args).toMatchObject({
      zoneId: '<<zone example.com>>', name: 'replies.example.com', type: 'MX', records: ['10 inbound-smtp.<<region>>.amazonaws.com'],
    });
    const ruleSet = one(prod.resources, 'aws.ses.ReceiptRuleSet', 'InboundRuleSet');
    expect(ruleSet.args.ruleSetName).toBe('followup-prod-inbound');
    expect(one(prod.resources, 'aws.ses.ActiveReceiptRuleSet').args.ruleSetName).toBe('<<InboundRuleSet.ruleSetName>>');
  });

  it('has the rule scan for spam and viruses, store the raw message in S3 first, then invoke the inbound function', () => {
    const { args } = one(prod.resources, 'aws.ses.ReceiptRule', 'InboundRule');
    expect(args).toMatchObject({ ruleSetName: '<<InboundRuleSet.ruleSetName>>', recipients: ['replies.example.com'], enabled: true, scanEnabled: true, tlsPolicy: 'Require' });
    expect(args.s3Actions).toEqual([{ bucketName: '<<InboundMail.bucket>>', objectKeyPrefix: 'inbound/', position: 1 }]);
    expect(args.lambdaActions).toEqual([{ functionArn: '<<Inbound.arn>>', invocationType: 'Event', position: 2 }]);
    // The handler reads the object where the rule writes it.
    const handler = readFileSync(`${root}packages/functions/src/inbound/ses-receipt.ts`, 'utf8');
    expect(handler).toMatch(/INBOUND_OBJECT_PREFIX = 'inbound\/'/);
  });

  it('keeps raw mail 30 days at most, private, writable by SES for this rule only; SES alone may invoke the function, for this rule', () => {
    const lifecycle = one(prod.resources, 'aws.s3.BucketLifecycleConfiguration').args;
    expect(lifecycle.bucket).toBe('<<InboundMail.id>>');
    expect(lifecycle.rules).toEqual([expect.objectContaining({ status: 'Enabled', filter: { prefix: 'inbound/' }, expiration: { days: expect.any(Number) } })]);
    expect(lifecycle.rules[0].expiration.days).toBeLessThanOrEqual(30);
    expect(one(prod.resources, 'aws.s3.BucketPublicAccessBlock').args).toMatchObject({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
    const ruleArn = 'arn:aws:ses:<<region>>:<<account>>:receipt-rule-set/followup-prod-inbound:receipt-rule/followup-prod-reply-addresses';
    expect(JSON.parse(one(prod.resources, 'aws.s3.BucketPolicy').args.policy).Statement).toEqual([{
      Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' }, Action: 's3:PutObject', Resource: '<<InboundMail.arn>>/inbound/*',
      Condition: { StringEquals: { 'AWS:SourceAccount': '<<account>>' }, ArnLike: { 'AWS:SourceArn': ruleArn } },
    }]);
    expect(one(prod.resources, 'aws.lambda.Permission', 'InboundFromSes').args).toEqual({
      action: 'lambda:InvokeFunction', function: '<<Inbound.name>>', principal: 'ses.amazonaws.com', sourceAccount: '<<account>>', sourceArn: ruleArn,
    });
  });

  it('gives the inbound function the bucket to read (only under inbound/), its failure queue, and settings its wiring accepts', async () => {
    const fn = functions(prod.resources).get('Inbound');
    expect(fn).toMatchObject({ retries: 2, transform: { eventInvokeConfig: { destinationConfig: { onFailure: { destination: '<<InboundFailures.arn>>' } } } } });
    expect(permissionsOf(fn)).toContainEqual({ actions: ['s3:GetObject'], resources: ['<<InboundMail.arn>>/inbound/*'] });
    const config = loadConfig(resolveTokens(fn.environment));
    expect(config.inbound).toEqual({ domain: 'replies.example.com', bucket: 'InboundMail-bucket' });
    const { createInboundDeps } = await import('../packages/functions/src/wiring/inbound.ts');
    expect(() => createInboundDeps(config, systemClock)).not.toThrow();
    // Every function that shows, Bccs or checks a reply address knows the same domain.
    for (const [name, f] of functions(prod.resources)) expect(f.environment.FOLLOWUP_INBOUND_DOMAIN, name).toBe('replies.example.com');
  });

  it('prints where the API is and what to watch', () => {
    expect(prod.outputs).toMatchObject({ api: '<<Api.url>>', table: '<<Table.name>>', scheduleGroup: '<<ScheduleGroup.name>>' });
  });
});

describe('sst.config.ts: AWS failure modes (issue 11)', () => {
  let prod: Evaluated;
  let sandbox: Evaluated;
  let busy: Evaluated;
  beforeAll(async () => {
    prod = await evaluate('prod');
    vi.stubEnv('FOLLOWUP_SES_SEND_RATE', '1');
    vi.stubEnv('FOLLOWUP_ALARM_EMAIL', 'oncall@example.com');
    sandbox = await evaluate('dev');
    vi.stubEnv('FOLLOWUP_SES_SEND_RATE', '50');
    vi.stubEnv('FOLLOWUP_ALARM_EMAIL', '');
    busy = await evaluate('busy');
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  const alarms = (e: Evaluated) => e.resources.filter((r) => r.type === 'aws.cloudwatch.MetricAlarm');
  const reserved = (e: Evaluated) => one(e.resources, 'sst.aws.Function', 'Milestone').args.concurrency?.reserved;

  it("caps the milestone function's concurrency to SES's send rate: floor(rate × 0.3 s), at least 1", () => {
    expect(reserved(prod)).toBe(4); // 14/s, SES's usual production rate: 4 runs of ~0.3 s ≈ 13 emails a second
    expect(reserved(sandbox)).toBe(1); // a sandboxed account's 1/s still sends
    expect(reserved(busy)).toBe(15);
  });

  it('refuses a send rate that is not a positive number, naming the setting', async () => {
    vi.stubEnv('FOLLOWUP_SES_SEND_RATE', 'fast');
    await expect(evaluate('dev')).rejects.toThrow(/FOLLOWUP_SES_SEND_RATE/);
    vi.stubEnv('FOLLOWUP_SES_SEND_RATE', '0');
    await expect(evaluate('dev')).rejects.toThrow(/FOLLOWUP_SES_SEND_RATE/);
  });

  it('alarms on every dead-letter queue as soon as it holds one message, notifying the alerts topic', () => {
    const queues = prod.resources.filter((r) => r.type === 'sst.aws.Queue');
    expect(queues.length).toBeGreaterThanOrEqual(4);
    for (const queue of queues) {
      const watching = alarms(prod).filter((a) => a.args.dimensions?.QueueName === token(queue.name, 'queueName'));
      expect(watching, `${queue.name} has no alarm: declare it with deadLetterQueue() (infra/stage.ts)`).toHaveLength(1);
      expect(watching[0]!.args).toMatchObject({
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        statistic: 'Maximum',
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: ['<<Alerts.arn>>'],
      });
    }
  });

  it("alarms on scheduling failures: a metric filter on the API's own log group selects the scheduling_failed line the API writes", () => {
    const api = functions(prod.resources).get('Api $default');
    const group = one(prod.resources, 'aws.cloudwatch.LogGroup', 'ApiLogs');
    expect(api.logging).toEqual({ logGroup: '<<ApiLogs.name>>' });
    expect(group.args).toMatchObject({ name: '/followup/prod/api', retentionInDays: 30 });

    const filter = one(prod.resources, 'aws.cloudwatch.LogMetricFilter');
    expect(filter.args).toMatchObject({ logGroupName: '<<ApiLogs.name>>', metricTransformation: { value: '1', defaultValue: '0' } });
    const alarm = alarms(prod).find((a) => a.args.metricName === filter.args.metricTransformation.name);
    expect(alarm?.args).toMatchObject({ namespace: filter.args.metricTransformation.namespace, statistic: 'Sum', threshold: 0, comparisonOperator: 'GreaterThanThreshold', alarmActions: ['<<Alerts.arn>>'] });

    // What the API writes when a command fails past its retries: one line, a JSON object and nothing else.
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    try {
      const service = interviewService({} as InterviewStore, systemClock) as unknown as { deps: InterviewServiceDeps };
      service.deps.onDispatchFailed!({ ref: { tenantId: 'acme', interviewId: 'iv_1', kind: 'thank_you', revision: 1 }, command: 'schedule', message: 'schedule failed 3 times', error: new Error('x') });
    } finally {
      write.mockRestore();
    }
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\{.*\}\n$/);
    // The filter's `{ $.field = "value" }`, applied as CloudWatch Logs applies it to a JSON event.
    const selector = /^\{ \$\.(\w+) = "([^"]+)" \}$/.exec(filter.args.pattern);
    expect(selector, filter.args.pattern).not.toBeNull();
    const event = JSON.parse(written[0]!);
    expect(event[selector![1]!]).toBe(selector![2]);
    expect(event).toMatchObject({ level: 'error', event: 'scheduling_failed', tenant: 'acme', interview: 'iv_1', milestone: 'thank_you' });
  });

  it('sends every alarm to one topic a team subscribes to, with an email subscription only when FOLLOWUP_ALARM_EMAIL is set', () => {
    for (const e of [prod, sandbox]) {
      expect(one(e.resources, 'sst.aws.SnsTopic', 'Alerts')).toBeDefined();
      expect(alarms(e).length).toBeGreaterThanOrEqual(5);
      for (const alarm of alarms(e)) expect(alarm.args, alarm.name).toMatchObject({ alarmActions: ['<<Alerts.arn>>'], okActions: ['<<Alerts.arn>>'] });
    }
    expect(prod.resources.filter((r) => r.type === 'aws.sns.TopicSubscription')).toEqual([]);
    expect(busy.resources.filter((r) => r.type === 'aws.sns.TopicSubscription')).toEqual([]);
    expect(one(sandbox.resources, 'aws.sns.TopicSubscription').args).toEqual({ topic: '<<Alerts.arn>>', protocol: 'email', endpoint: 'oncall@example.com' });
  });

  it('publishes SES Send events too, beside bounces and complaints, so an unconfirmed reminder can be confirmed', () => {
    const { args } = one(prod.resources, 'sst.aws.Email', 'Email');
    expect(args.events).toHaveLength(1);
    expect(args.events[0]).toMatchObject({ topic: '<<MailEvents.arn>>' });
    expect([...args.events[0].types].sort()).toEqual(['bounce', 'complaint', 'send']);
  });

  it('installs swagger-ui-dist beside the API (GET /docs serves its files), at the version packages/functions pins', () => {
    const fns = functions(prod.resources);
    const pinned = functionsPackage.dependencies['swagger-ui-dist'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fns.get('Api $default').nodejs.install).toEqual({ 'date-holidays': corePackage.dependencies['date-holidays'], 'swagger-ui-dist': pinned });
    for (const name of ['Milestone', 'Sweeper']) expect(fns.get(name).nodejs.install, name).toEqual({ 'date-holidays': corePackage.dependencies['date-holidays'] });
  });
});
