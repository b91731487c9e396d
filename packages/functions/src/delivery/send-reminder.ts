/**
 * The milestone function's work: a wake-up is a request to check, never an order to send.
 *
 *   claim (one conditional write) ──▶ render ──▶ handing to SES (a write) ──▶ SES ──▶ record the outcome
 *     └─ not claimable (sent, re-planned, cancelled, stopped): nothing happens
 *
 * Only the one caller whose claim wrote first sends; the rest find the milestone `sending`.
 * With `resend`, the claim is an unconfirmed reminder's one re-send, marked possibly repeated.
 * Every write goes through the interview service.
 */
import { DeliveryFailed, DeliveryRejected } from '@followup/core/errors';
import { replyAddress } from '@followup/core/inbound';
import type { InterviewService } from '@followup/core/interviews';
import type { Clock, Mailer, MilestoneRef, InterviewStore, StoredInterview } from '@followup/core/ports';
import type { TenantPlanningWithMail } from '@followup/core/settings';
import type { ReminderEntry } from '../http/log.ts';
import { actionLinks, type LinkSettings } from './action-links.ts';
import { senderFor } from './sender.ts';

export interface DeliveryDeps {
  /** FOLLOWUP_INBOUND_DOMAIN: where the interview's reply address is (issue 13); absent: reminders carry none. */
  inboundDomain?: string;
  interviews: InterviewService;
  /** Reads: the due-time index and single interviews. */
  store: InterviewStore;
  mailer: Mailer;
  clock: Clock;
  links: LinkSettings;
  /** The From of reminders: `followup <reminders@example.com>`. */
  from: string;
  /** The tenant's settings (its sender name, its snooze length); absent: POLICY's defaults. */
  planning?: { planningFor(tenant: string): Promise<TenantPlanningWithMail> };
  /** One line per reminder sent or failed (structured JSON on Lambda). */
  log?: (entry: ReminderEntry) => void;
}

export type SendResult = 'sent' | 'not_claimable' | 'released' | 'failed' | 'unconfirmed';

/**
 * Claims, renders and sends one milestone's reminder, and records what happened.
 * @example await sendReminder(deps, { tenantId, interviewId, kind: 'thank_you', revision: 1 }) // 'sent'
 */
export async function sendReminder(deps: DeliveryDeps, ref: MilestoneRef, current?: StoredInterview, options: { resend?: boolean } = {}): Promise<SendResult> {
  const claimed = await deps.interviews.claim(ref, current, options);
  if (!claimed) return 'not_claimable';
  const about = { tenant: ref.tenantId, interviewId: ref.interviewId, milestone: ref.kind };
  let email;
  try {
    email = await reminderEmail(deps, claimed, ref, options.resend === true);
  } catch (error) {
    // A reminder that cannot be rendered will not render on a retry either: keep it out of the sweeper's way.
    await deps.interviews.recordOutcome(ref, { type: 'unconfirmed', error: `render: ${(error as Error).message}` }, claimed);
    deps.log?.({ outcome: 'failed', ...about, error });
    throw error;
  }
  // The last step before SES, recorded: a crash before it releases the claim, after it the send may have left.
  const handed = (await deps.interviews.handingToMail(ref, claimed)) ?? claimed;
  try {
    const { messageId } = await deps.mailer.send(email);
    // Written on the version just written; a change that came in meanwhile means a re-read.
    await deps.interviews.recordOutcome(ref, { type: 'delivered', messageId }, handed);
    deps.log?.({ outcome: 'sent', ...about, messageId });
    return 'sent';
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).name;
    // Refused for good: failed. Not sent: released for a later sweep. Unknown: never re-sent blindly.
    const type = error instanceof DeliveryRejected ? 'failed' : error instanceof DeliveryFailed ? 'released' : 'unconfirmed';
    const recorded = await deps.interviews.recordOutcome(ref, { type, error: code }, handed);
    deps.log?.({ outcome: 'failed', ...about, error: code });
    // A release that used up the attempts ends failed too.
    return type === 'released' && recorded?.state.milestones.find((m) => m.kind === ref.kind)?.status === 'failed' ? 'failed' : type;
  }
}

async function reminderEmail(deps: DeliveryDeps, interview: StoredInterview, ref: MilestoneRef, possiblyRepeated: boolean) {
  const { companionDraft, draft, renderReminder } = await import('@followup/templates/drafting');
  const { record, milestones } = interview.state;
  const milestone = milestones.find((m) => m.kind === ref.kind)!;
  const now = deps.clock.now();
  const tenant = await deps.planning?.planningFor(ref.tenantId);
  const links = { ...actionLinks(deps.links, ref, now), ...(tenant && { snoozeDays: tenant.snoozeDays }) };
  const reminder = renderReminder(milestone, draft(ref.kind, record, { now }), milestones, links, {
    alsoDraft: companionDraft(ref.kind, record, { now }),
    possiblyRepeated,
    ...(deps.inboundDomain && { replyAddress: replyAddress({ tenant: ref.tenantId, interviewId: ref.interviewId }, deps.links.key, deps.inboundDomain) }),
  });
  return {
    to: record.candidate.email,
    from: senderFor(deps.from, tenant?.senderName),
    subject: reminder.subject,
    html: reminder.html,
    text: reminder.text,
    headers: reminder.headers,
    tags: { tenant: ref.tenantId, interview: ref.interviewId, milestone: ref.kind },
  };
}
