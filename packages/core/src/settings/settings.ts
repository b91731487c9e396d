/**
 * A tenant's settings: its own defaults for POLICY's numbers, the company calendar for
 * records that name no company country, and the name reminders are sent under.
 *
 *   POLICY default  <  these settings  <  the interview record's own `preferences`
 *
 * Every field is optional (absent: POLICY's default) and bounded; a PUT replaces the whole
 * document. Company closures are kept beside it, one list per company (`closures`).
 */
import type { CalendarCode } from '../calendar/holidays.ts';
import type { Closure } from '../company/closures.ts';
import type { TenantPlanning } from '../planner/context.ts';
import { DEFAULT_POLICY, type PolicyOverrides } from '../planner/policy.ts';
import type { TenantSettings } from './schema.ts';

export type { TenantSettings };

/** What a tenant has stored: its settings (absent: none yet) and its companies' closures. */
export interface TenantDocuments {
  settings?: TenantSettings;
  closures: ReadonlyMap<string, readonly Closure[]>;
}

/** What the settings change beyond plans: the reminder's sender and the snooze button. */
export interface TenantPlanningWithMail extends TenantPlanning {
  senderName?: string;
  snoozeDays: number;
}

/**
 * The settings as the planner takes them.
 * @example planningOf({ settings: { followUps: { default: 3 } }, closures: new Map() }).policy // { maxFollowUps: 3 }
 */
export function planningOf(documents: TenantDocuments, defaultSnoozeDays = DEFAULT_POLICY.snoozeDays): TenantPlanningWithMail {
  const { settings, closures } = documents;
  if (!settings) return { ...(closures.size && { closures }), snoozeDays: defaultSnoozeDays };
  const { followUps, calendar, senderName, ...numbers } = settings;
  const policy: PolicyOverrides = {
    ...numbers,
    ...(followUps?.default && { maxFollowUps: followUps.default }),
    ...(followUps?.max && { followUpLimit: followUps.max }),
  };
  return {
    policy,
    ...(calendar && { calendar: calendar as CalendarCode }),
    ...(closures.size && { closures }),
    ...(senderName && { senderName }),
    snoozeDays: settings.snoozeDays ?? defaultSnoozeDays,
  };
}
