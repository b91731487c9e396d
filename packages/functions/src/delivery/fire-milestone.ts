/**
 * The milestone function: a schedule's fire is a request to check, never an order to send.
 *
 *   claim (one conditional write) ──▶ render ──▶ SES ──▶ record the outcome
 *     └─ not claimable (sent, re-planned, cancelled, stopped): nothing happens
 *
 * Only the one caller whose claim wrote first sends; the rest find the milestone `sending`.
 */
import { AlreadyClaimed, DeliveryFailed } from '@followup/core/errors';
import { claim, delivered, released, unconfirmed } from '@followup/core/lifecycle/delivery';
import type { Clock } from '@followup/core/ports/clock';
import type { Mailer } from '@followup/core/ports/mailer';
import type { MilestoneRef } from '@followup/core/ports/scheduler';
import type { InterviewStore, StoredInterview } from '@followup/core/ports/store';
import { companionDraft, draft, renderReminder } from '@followup/templates';
import { actionLinks, type LinkSettings } from './action-links.ts';
import { writeLatest } from './record-outcome.ts';

export interface DeliveryDeps {
  interviews: InterviewStore;
  mailer: Mailer;
  clock: Clock;
  links: LinkSettings;
  /** The From of reminders: `followup <reminders@example.com>`. */
  from: string;
}

export type FireOutcome = 'sent' | 'not_claimable' | 'released' | 'unconfirmed';

/**
 * Claims, renders and sends one milestone's reminder, and records what happened.
 * @example await fireMilestone(deps, { tenantId, interviewId, kind: 'thank_you', revision: 1 }) // 'sent'
 */
export async function fireMilestone(deps: DeliveryDeps, ref: MilestoneRef, current?: StoredInterview): Promise<FireOutcome> {
  const claimed = await claimFor(deps, ref, current);
  if (!claimed) return 'not_claimable';
  const { tenantId, interviewId, kind, revision } = ref;
  let email;
  try {
    email = reminderEmail(deps, claimed, ref);
  } catch (error) {
    // A reminder that cannot be rendered will not render on a retry either: keep it out of the sweeper's way.
    await writeLatest(deps.interviews, tenantId, interviewId, (s) => unconfirmed(s, kind, revision, `render: ${(error as Error).message}`), claimed);
    throw error;
  }
  try {
    const { messageId } = await deps.mailer.send(email);
    // Written on the claimed version; a change that came in meanwhile means a re-read.
    await writeLatest(deps.interviews, tenantId, interviewId, (s) => delivered(s, kind, revision, messageId), claimed);
    return 'sent';
  } catch (error) {
    const known = error instanceof DeliveryFailed;
    const code = (error as { code?: string }).code ?? (error as Error).name;
    await writeLatest(deps.interviews, tenantId, interviewId, (s) => (known ? released : unconfirmed)(s, kind, revision, code), claimed);
    return known ? 'released' : 'unconfirmed';
  }
}

/**
 * The claim: one conditional write (on `current` when the caller has just read it). Undefined
 * when the milestone is not (any more) to be sent.
 */
async function claimFor(deps: DeliveryDeps, ref: MilestoneRef, current?: StoredInterview): Promise<StoredInterview | undefined> {
  try {
    return await writeLatest(deps.interviews, ref.tenantId, ref.interviewId, (s) => claim(s, ref.kind, ref.revision, deps.clock.now(), ref.interviewId), current);
  } catch (error) {
    if (error instanceof AlreadyClaimed) return undefined;
    throw error;
  }
}

function reminderEmail(deps: DeliveryDeps, interview: StoredInterview, ref: MilestoneRef) {
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
