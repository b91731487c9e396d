/**
 * EventBridge Scheduler plumbing. One one-time schedule per milestone lives in the stage's group;
 * each invokes the milestone function as `schedulerRole`, and an invocation still failing after
 * the schedule's retry policy lands in `scheduleDlq`.
 *
 *   API / milestone / sweeper / ses-events ──Create/DeleteSchedule(group/*), PassRole──▶ group
 *   group ──at(due), as schedulerRole──▶ milestone function   (failed invocations ──▶ scheduleDlq)
 */
import { accountId, deadLetterQueue, physical, region } from './stage';

/** Named up front: the functions that schedule need its ARN before it exists. */
export const milestoneName = physical('Milestone');
export const milestoneArn = $interpolate`arn:aws:lambda:${region}:${accountId}:function:${milestoneName}`;

export const scheduleGroup = new aws.scheduler.ScheduleGroup('ScheduleGroup', { name: physical('milestones') });

export const scheduleDlq = deadLetterQueue('ScheduleDlq');

export const schedulerRole = new aws.iam.Role('SchedulerRole', {
  assumeRolePolicy: $jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Action: 'sts:AssumeRole',
        // Confused-deputy guard: only schedules of this account may assume it.
        Condition: { StringEquals: { 'aws:SourceAccount': accountId } },
      },
    ],
  }),
  inlinePolicies: [
    {
      name: 'invoke-milestone',
      policy: $jsonStringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: milestoneArn },
          { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: scheduleDlq.arn },
        ],
      }),
    },
  ],
});

/** What a function needs to create and delete this stage's schedules, and nothing more. */
export const schedulingPermissions = [
  {
    actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
    resources: [$interpolate`arn:aws:scheduler:${region}:${accountId}:schedule/${scheduleGroup.name}/*`],
  },
  {
    actions: ['iam:PassRole'],
    resources: [schedulerRole.arn],
    conditions: [{ test: 'StringEquals', variable: 'iam:PassedToService', values: ['scheduler.amazonaws.com'] }],
  },
];

/** The four settings `loadConfig` wants together (absent: the embedded scheduler). */
export const schedulerEnvironment = {
  FOLLOWUP_SCHEDULE_GROUP: scheduleGroup.name,
  FOLLOWUP_SCHEDULE_TARGET_ARN: milestoneArn,
  FOLLOWUP_SCHEDULE_ROLE_ARN: schedulerRole.arn,
  FOLLOWUP_SCHEDULE_DLQ_ARN: scheduleDlq.arn,
};
