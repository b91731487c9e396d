/**
 * SES event notifications (sends, bounces, complaints) for the configuration set. They arrive through
 * SNS (`Records[].Sns.Message`, a JSON string) or EventBridge (`detail`); both carry SES's event
 * object, with the tags the reminder was sent with.
 */
import { z } from 'zod';
import type { InterviewService } from '@followup/core/interviews';
import { MILESTONE_KINDS, type MilestoneKind } from '@followup/core/planner';
import type { InterviewStore } from '@followup/core/ports';

const sesEvent = z.looseObject({
  eventType: z.string(),
  mail: z.looseObject({ messageId: z.string().max(500).optional(), tags: z.record(z.string(), z.array(z.string())).default({}) }),
  bounce: z.looseObject({ bounceType: z.string() }).optional(),
});
type SesEvent = z.infer<typeof sesEvent>;

const snsDelivery = z.looseObject({ Records: z.array(z.looseObject({ Sns: z.looseObject({ Message: z.string() }) })) });
const eventBridgeDelivery = z.looseObject({ detail: z.unknown() });

/** The SES events inside an SNS or EventBridge delivery; anything else is a `ZodError`. */
export function sesEventsOf(delivery: unknown): SesEvent[] {
  const sns = snsDelivery.safeParse(delivery);
  const bodies: unknown[] = sns.success ? sns.data.Records.map((r) => JSON.parse(r.Sns.Message)) : [eventBridgeDelivery.parse(delivery).detail];
  return bodies.map((body) => sesEvent.parse(body));
}

/** Why an event blocks the address: complaints always, bounces only when permanent. */
function blockReason(event: SesEvent): 'bounce' | 'complaint' | undefined {
  if (event.eventType === 'Complaint') return 'complaint';
  if (event.eventType === 'Bounce' && event.bounce?.bounceType === 'Permanent') return 'bounce';
  return undefined;
}

/**
 * A Send event confirms a reminder whose outcome was unknown (it is then never re-sent). A
 * bounce or complaint stops reminders to that address: on the interview the email was about and
 * on every other interview of that tenant for the same candidate address.
 * @example await handleSesEvents({ interviews, store }, snsEvent) // { blocked: 1, confirmed: 0 }
 */
export async function handleSesEvents(deps: { interviews: InterviewService; store: InterviewStore }, delivery: unknown): Promise<{ blocked: number; confirmed: number }> {
  let blocked = 0;
  let confirmed = 0;
  for (const event of sesEventsOf(delivery)) {
    const reason = blockReason(event);
    const tenant = event.mail.tags.tenant?.[0];
    const id = event.mail.tags.interview?.[0];
    const kind = event.mail.tags.milestone?.[0];
    if (event.eventType === 'Send' && tenant && id && MILESTONE_KINDS.includes(kind as MilestoneKind) && event.mail.messageId) {
      if (await deps.interviews.confirmSent({ tenantId: tenant, interviewId: id, kind: kind as MilestoneKind }, event.mail.messageId)) confirmed++;
      continue;
    }
    if (!reason || !tenant || !id) continue;
    const source = await deps.store.get(tenant, id).catch(() => undefined);
    if (!source) continue;
    blocked += await deps.interviews.blockAddress(tenant, source.state.record.candidate.email, reason);
  }
  return { blocked, confirmed };
}
