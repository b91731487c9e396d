/**
 * SES event notifications (bounces, complaints) for the configuration set. They arrive through
 * SNS (`Records[].Sns.Message`, a JSON string) or EventBridge (`detail`); both carry SES's event
 * object, with the tags the reminder was sent with.
 */
import { z } from 'zod';
import type { InterviewService } from '@followup/core/interviews';
import type { InterviewStore } from '@followup/core/ports';

const sesEvent = z.looseObject({
  eventType: z.string(),
  mail: z.looseObject({ tags: z.record(z.string(), z.array(z.string())).default({}) }),
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
 * Stops reminders to a bounced or complaining address: on the interview the email was about and
 * on every other interview of that tenant for the same candidate address.
 * @example await handleSesEvents({ interviews, store }, snsEvent) // 1
 */
export async function handleSesEvents(deps: { interviews: InterviewService; store: InterviewStore }, delivery: unknown): Promise<number> {
  let blocked = 0;
  for (const event of sesEventsOf(delivery)) {
    const reason = blockReason(event);
    const tenant = event.mail.tags.tenant?.[0];
    const id = event.mail.tags.interview?.[0];
    if (!reason || !tenant || !id) continue;
    const source = await deps.store.get(tenant, id).catch(() => undefined);
    if (!source) continue;
    blocked += await deps.interviews.blockAddress(tenant, source.state.record.candidate.email, reason);
  }
  return blocked;
}
