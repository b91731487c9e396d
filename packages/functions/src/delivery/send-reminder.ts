/**
 * The milestone function's work: a wake-up is a request to check, never an order to send.
 *
 *   claim (one conditional write) ──▶ render ──▶ SES ──▶ record the outcome
 *     └─ not claimable (sent, re-planned, cancelled, stopped): nothing happens
 *
 * Only the one caller whose claim wrote first sends; the rest find the milestone `sending`.
 * Every write goes through the interview service.
 */
import { DeliveryFailed, DeliveryRejected } from '@followup/core/errors';
import type { InterviewService } from '@followup/core/interviews';
import type { Clock, Mailer, MilestoneRef, InterviewStore, StoredInterview } from '@followup/core/ports';
import { actionLinks, type LinkSettings } from './action-links.ts';

export interface DeliveryDeps {
  interviews: InterviewService;
  /** Reads: the due-time index and single interviews. */
  store: InterviewStore;
  mailer: Mailer;
  clock: Clock;
  links: LinkSettings;
  /** The From of reminders: `followup <reminders@example.com>`. */
  from: string;
}

export type SendResult = 'sent' | 'not_claimable' | 'released' | 'failed' | 'unconfirmed';

/**
 * Claims, renders and sends one milestone's reminder, and records what happened.
 * @example await sendReminder(deps, { tenantId, interviewId, kind: 'thank_you', revision: 1 }) // 'sent'
 */
export async function sendReminder(deps: DeliveryDeps, ref: MilestoneRef, current?: StoredInterview): Promise<SendResult> {
  const claimed = await deps.interviews.claim(ref, current);
  if (!claimed) return 'not_claimable';
  let email;
  try {
    email = await reminderEmail(deps, claimed, ref);
  } catch (error) {
    // A reminder that cannot be rendered will not render on a retry either: keep it out of the sweeper's way.
    await deps.interviews.recordOutcome(ref, { type: 'unconfirmed', error: `render: ${(error as Error).message}` }, claimed);
    throw error;
  }
  try {
    const { messageId } = await deps.mailer.send(email);
    // Written on the claimed version; a change that came in meanwhile means a re-read.
    await deps.interviews.recordOutcome(ref, { type: 'delivered', messageId }, claimed);
    return 'sent';
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).name;
    // Refused for good: failed. Not sent: released for a later sweep. Unknown: never re-sent blindly.
    const type = error instanceof DeliveryRejected ? 'failed' : error instanceof DeliveryFailed ? 'released' : 'unconfirmed';
    const recorded = await deps.interviews.recordOutcome(ref, { type, error: code }, claimed);
    // A release that used up the attempts ends failed too.
    return type === 'released' && recorded?.state.milestones.find((m) => m.kind === ref.kind)?.status === 'failed' ? 'failed' : type;
  }
}

async function reminderEmail(deps: DeliveryDeps, interview: StoredInterview, ref: MilestoneRef) {
  const { companionDraft, draft, renderReminder } = await import('@followup/templates/drafting');
  const { record, milestones } = interview.state;
  const milestone = milestones.find((m) => m.kind === ref.kind)!;
  const now = deps.clock.now();
  const reminder = renderReminder(milestone, draft(ref.kind, record, { now }), milestones, actionLinks(deps.links, ref, now), {
    alsoDraft: companionDraft(ref.kind, record, { now }),
  });
  return {
    to: record.candidate.email,
    from: deps.from,
    subject: reminder.subject,
    html: reminder.html,
    text: reminder.text,
    headers: reminder.headers,
    tags: { tenant: ref.tenantId, interview: ref.interviewId, milestone: ref.kind },
  };
}
