/** The one-click answers the reminder offers; the caller signs the URLs, we only show them. */
import { isCandidateKind, type DraftKind } from '../types.ts';

/** Already-signed URLs, one per action. `unsubscribe` must be https (RFC 8058 one-click). */
export interface ReminderLinks {
  sent: string;
  replied: { offer: string; next_round: string; rejection: string; other: string };
  /** Moves this milestone `snoozeDays` later. */
  snooze: string;
  /** How many days the snooze link moves it: the tenant's snooze length (default 2). */
  snoozeDays?: number;
  stop: string;
  unsubscribe: string;
  /** The whole plan online, when the deployment has a page for it. */
  plan?: string;
}

export interface Action {
  label: string;
  url: string;
  primary?: boolean;
}

/** Groups of actions, each shown on one line: what the candidate did, what the employer did, what to do next. */
export function actionGroups(kind: DraftKind, links: ReminderLinks): { title: string; actions: Action[] }[] {
  return [
    { title: '', actions: [{ label: isCandidateKind(kind) ? 'Done' : 'I sent it', url: links.sent, primary: true }] },
    {
      title: 'They replied:',
      actions: [
        { label: 'Offer', url: links.replied.offer },
        { label: 'Next round', url: links.replied.next_round },
        { label: 'Rejection', url: links.replied.rejection },
        { label: 'Other reply', url: links.replied.other },
      ],
    },
    {
      title: 'Not now:',
      actions: [
        { label: `Snooze ${links.snoozeDays ?? 2} days`, url: links.snooze },
        { label: 'Stop all reminders', url: links.stop },
      ],
    },
  ];
}
