/**
 * The API's documented shapes. Requests reuse the core's zod schemas, so OpenAPI and
 * validation cannot drift apart.
 */
import { INTERVIEW_STATUSES, lifecycleEventSchema } from '@followup/core/lifecycle';
import { MILESTONE_KINDS, MILESTONE_STATUSES } from '@followup/core/planner';
import { interviewRecordSchema } from '@followup/core/record';
import { z } from '@hono/zod-openapi';

/**
 * zod-openapi adds `.openapi()` to schemas built after it loads; the core's are built before
 * (and the core knows nothing of OpenAPI), so they borrow it: a component name, or a
 * parameter's metadata.
 */
export function named<T extends z.ZodType>(schema: T, refIdOrMeta: string | Record<string, unknown>): T {
  return (z.ZodType.prototype as unknown as { openapi(this: T, refIdOrMeta: string | Record<string, unknown>): T }).openapi.call(schema, refIdOrMeta);
}

export const RecordSchema = named(interviewRecordSchema, 'InterviewRecord');
export const EventSchema = named(lifecycleEventSchema, 'LifecycleEvent');
export const StatusSchema = z.enum(Object.values(INTERVIEW_STATUSES));

export const MilestoneSchema = z
  .object({
    kind: z.enum(MILESTONE_KINDS),
    status: z.enum(MILESTONE_STATUSES),
    dueAt: z.string().openapi({ example: '2025-01-15T14:00:00.000Z' }),
    localDueAt: z.string().openapi({ example: '2025-01-15T09:00:00-05:00' }),
    reason: z.string(),
    skippedDays: z.array(z.object({ date: z.string(), name: z.string() })),
    skipReason: z.literal('too_late').optional(),
    revision: z.number().int(),
    sentOn: z.string().optional(),
    messageId: z.string().optional(),
    deliveryError: z.string().optional().openapi({ description: 'Why the last send did not go out, or may not have: the mail service\'s error name. With status `failed`, why it never will.' }),
    placedBy: z.enum(['snooze', 'decision_date']).optional().openapi({ description: 'The candidate snoozed it (or an out-of-office moved it), or a reply\'s decision date restarted the status checks: a re-plan for new settings keeps a snoozed date and counts such a restart from the date.' }),
    sendAttempts: z.number().int().optional().openapi({ description: 'How often the mail service turned the reminder away before it was sent or failed.' }),
  })
  .openapi('Milestone');

export const InterviewSchema = z
  .object({
    id: z.string(),
    version: z.number().int().openapi({ description: 'Also the ETag; send it back in If-Match to change the interview.' }),
    status: StatusSchema,
    record: RecordSchema,
    milestones: z.array(MilestoneSchema),
    emailBlocked: z
      .object({ reason: z.enum(['bounce', 'complaint']), at: z.string() })
      .optional()
      .openapi({ description: "The candidate's address bounced or complained: no more reminders go to it." }),
    createdAt: z.string(),
    updatedAt: z.string(),
    replyAddress: z.string().optional().openapi({ description: "The interview's reply address: the candidate Bccs it and forwards the employer's answers to it (see GET /v1/interviews/{id}/messages).", example: 'mfrw2zi.u…@replies.followup.localhost' }),
    undeliverableContacts: z.array(z.object({ email: z.string(), at: z.string() })).optional().openapi({ description: 'Contacts whose address a delivery failure report named.' }),
  })
  .openapi('Interview');

export const InterviewListSchema = z
  .object({ items: z.array(InterviewSchema), nextCursor: z.string().optional().openapi({ description: 'Opaque; pass as `cursor` for the next page.' }) })
  .openapi('InterviewList');

export const PlanSchema = z.object({ milestones: z.array(MilestoneSchema) }).openapi('Plan');

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:followup:problem:validation-error' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** `{ 404: …, 409: … }` for a route's `responses`: each a problem document. */
export function problems<const S extends number>(...statuses: S[]): Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }> {
  return Object.fromEntries(statuses.map((status) => [status, { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } }])) as never;
}

export const IdParams = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });

const header = (description: string) => z.string().optional().openapi({ description });
export const IfMatch = header('The version (ETag) the change is based on.');
export const IdempotencyKey = header('Retries with the same key and body get the first response again (24 h).');
