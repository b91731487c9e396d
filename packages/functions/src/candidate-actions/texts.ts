/** What the action pages say: each action's title, explanation, button and result, and why a link or action is refused. */
import type { InterviewState, InterviewStatus } from '@followup/core/lifecycle';
import type { ActionLink, LinkAction, LinkRefusal } from '@followup/core/links';
import { dayLabel, dayOf } from '@followup/core/time';
import { KIND_NAMES } from '@followup/templates/names';

interface ActionText {
  title: string;
  /** What confirming will do; `until` is the snooze date's label. */
  explain: (until: string) => string;
  confirm: string;
  done: string;
}

const STOP: Omit<ActionText, 'title' | 'confirm'> = {
  explain: () => 'We will not send you any more reminders about this interview.',
  done: 'Reminders stopped. You will not hear from us about this interview again.',
};

export const ACTION_TEXTS: Record<LinkAction, ActionText> = {
  sent: {
    title: 'I sent it',
    explain: () => 'We will mark it as sent and count the next follow-up from the day you sent it.',
    confirm: 'Mark as sent',
    done: 'Marked as sent.',
  },
  replied_offer: {
    title: 'They made an offer',
    explain: () => 'We will stop the follow-ups and remind you to reply to the offer.',
    confirm: 'Record the offer',
    done: 'Offer recorded. Congratulations!',
  },
  replied_next_round: {
    title: 'They invited you to a next round',
    explain: () => 'We will stop the status follow-ups and help you get ready for the next round.',
    confirm: 'Record the next round',
    done: 'Next round recorded. Good luck!',
  },
  replied_rejection: {
    title: 'They said no',
    explain: () => 'We will stop the follow-ups and remind you tomorrow to ask for feedback.',
    confirm: 'Record the rejection',
    done: 'Rejection recorded. Sorry it did not work out this time.',
  },
  replied_other: {
    title: 'They replied',
    explain: () => 'We will stop the status follow-ups. If they said when they expect to decide, give the date and we will plan the follow-ups around it.',
    confirm: 'Record the reply',
    done: 'Reply recorded.',
  },
  snooze: {
    title: 'Snooze',
    explain: (until) => `We will remind you about this again on ${until}.`,
    confirm: 'Snooze',
    done: 'Snoozed.',
  },
  stop: { title: 'Stop all reminders', confirm: 'Stop all reminders', ...STOP },
  unsubscribe: { title: 'Unsubscribe', confirm: 'Unsubscribe', ...STOP },
};

export const REFUSALS: Record<LinkRefusal, { title: string; explain: string }> = {
  forged: {
    title: 'This link does not work',
    explain: 'It is not a link we sent, or it was changed on the way. Use the buttons in your latest reminder email.',
  },
  malformed: {
    title: 'This link is incomplete',
    explain: 'Your mail app may have cut it off. Open it from the button in the email, or copy the whole link.',
  },
  expired: {
    title: 'This link has expired',
    explain: 'Links in reminders work for 30 days. Your newer reminders carry fresh ones.',
  },
};

/** The interview's status, as a label beside its plan. */
export const STATUS_LABELS: Record<InterviewStatus, string> = {
  active: 'Plan running',
  offer_received: 'Offer received',
  advanced: 'Next round',
  rejected: 'Not selected',
  posting_closed: 'Posting closed',
  withdrawn: 'Withdrawn',
  stopped: 'Reminders stopped',
};

const ENDED: Partial<Record<InterviewStatus, string>> = {
  offer_received: 'You already recorded an offer for this interview.',
  advanced: 'You already recorded a next round for this interview.',
  rejected: 'You already recorded a rejection for this interview.',
  posting_closed: 'The job posting has closed.',
  withdrawn: 'You withdrew from this process, so there are no more reminders.',
  stopped: 'Reminders for this interview are already stopped.',
};

/**
 * Why an action has nothing left to do, from the interview as it is now: the milestone's own
 * state for "sent" and "snooze", else the interview's.
 */
export function whyNothingToDo(state: InterviewState, link: ActionLink): string {
  const milestone = state.milestones.find((m) => m.kind === link.kind);
  const name = KIND_NAMES[link.kind];
  if ((link.action === 'sent' || link.action === 'snooze') && milestone && milestone.status !== 'scheduled') {
    if (milestone.status === 'done') return `${name}: already marked as sent${milestone.sentOn ? ` on ${dayLabel(dayOf(milestone.sentOn))}` : ''}.`;
    if (milestone.status === 'cancelled' || milestone.status === 'skipped') return `${name}: ${milestone.status}, so there is nothing to ${link.action === 'sent' ? 'mark' : 'snooze'}. ${ENDED[state.status] ?? ''}`.trim();
  }
  return ENDED[state.status] ?? 'This was already recorded; nothing changed.';
}
