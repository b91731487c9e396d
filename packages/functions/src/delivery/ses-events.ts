/**
 * SES event notifications (sends, bounces, complaints) for the configuration set. They arrive through
 * SNS (`Records[].Sns.Message`, a JSON string) or EventBridge (`detail`); both carry SES's event
 * object, with the tags the reminder was sent with.
 */
import type { InterviewService } from '@followup/core/interviews';
import { MILESTONE_KINDS, type MilestoneKind } from '@followup/core/planner';
import type { InterviewStore } from '@followup/core/ports';

/** What this handler reads of SES's event object (other fields pass through unread). */
interface SesEvent {
  eventType: string;
  mail: { messageId?: string; tags: Record<string, string[]> };
  bounce?: { bounceType: string };
}

/** Thrown for a delivery that is neither SNS's nor EventBridge's shape, or an event without its fields. */
export class NotSesEvent extends Error {
  override name = 'NotSesEvent';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One SES event, checked by hand: this bundle carries no schema library. */
function sesEvent(body: unknown): SesEvent {
  if (!isObject(body) || typeof body.eventType !== 'string' || !isObject(body.mail)) throw new NotSesEvent('an SES event needs eventType and mail');
  const { tags = {} } = body.mail;
  if (!isObject(tags) || !Object.values(tags).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'))) throw new NotSesEvent('mail.tags must map names to lists of strings');
  const { bounce } = body;
  if (bounce !== undefined && (!isObject(bounce) || typeof bounce.bounceType !== 'string')) throw new NotSesEvent('bounce needs bounceType');
  return { ...body, eventType: body.eventType, mail: { ...body.mail, tags: tags as Record<string, string[]> }, ...(bounce === undefined ? {} : { bounce: bounce as SesEvent['bounce'] }) };
}

/** SNS's delivery: `Records[].Sns.Message`, each a JSON string. */
function snsMessages(delivery: unknown): string[] | undefined {
  if (!isObject(delivery) || !Array.isArray(delivery.Records)) return undefined;
  const messages = delivery.Records.map((r: unknown) => (isObject(r) && isObject(r.Sns) && typeof r.Sns.Message === 'string' ? r.Sns.Message : undefined));
  return messages.every((m) => m !== undefined) ? (messages as string[]) : undefined;
}

/** The SES events inside an SNS or EventBridge delivery; anything else throws `NotSesEvent`. */
export function sesEventsOf(delivery: unknown): SesEvent[] {
  const sns = snsMessages(delivery);
  if (!sns && !(isObject(delivery) && 'detail' in delivery)) throw new NotSesEvent('neither an SNS nor an EventBridge delivery');
  const bodies: unknown[] = sns ? sns.map((m) => JSON.parse(m)) : [(delivery as { detail: unknown }).detail];
  return bodies.map(sesEvent);
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
    if (event.eventType === 'Send' && tenant && id && MILESTONE_KINDS.includes(kind as MilestoneKind) && typeof event.mail.messageId === 'string' && event.mail.messageId.length <= 500) {
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
