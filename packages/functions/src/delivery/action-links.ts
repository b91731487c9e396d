import { linkExpiry, signLink, type LinkAction } from '@followup/core/links';
import type { MilestoneRef } from '@followup/core/ports';
import type { ReminderLinks } from '@followup/templates/names';

/** Where action links point and the key that signs them. */
export interface LinkSettings {
  baseUrl: string;
  key: string;
}

/**
 * Every one-click action of a reminder, signed and expiring in 30 days.
 * @example actionLinks({ baseUrl: 'https://api.example', key }, ref, clock.now()).stop
 */
export function actionLinks(settings: LinkSettings, ref: MilestoneRef, now: number): ReminderLinks {
  const expiresAt = linkExpiry(now);
  const url = (action: LinkAction) =>
    `${settings.baseUrl}/a/${signLink({ tenantId: ref.tenantId, interviewId: ref.interviewId, kind: ref.kind, action, expiresAt }, settings.key)}`;
  return {
    sent: url('sent'),
    replied: { offer: url('replied_offer'), next_round: url('replied_next_round'), rejection: url('replied_rejection'), other: url('replied_other') },
    snooze: url('snooze'),
    stop: url('stop'),
    unsubscribe: url('unsubscribe'),
  };
}
