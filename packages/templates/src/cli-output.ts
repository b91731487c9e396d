/**
 * What `npx followup draft FILE --kind KIND [--format text|json|html]` prints. The CLI parses
 * the record and reads the clock; this turns them into the string to print.
 */
import type { Milestone } from '@followup/core/planner';
import type { InterviewRecord } from '@followup/core/record';
import { toLocalIso } from '@followup/core/time';
import { companionDraft } from './draft/companion.ts';
import { draft } from './draft/draft.ts';
import type { ReminderLinks } from './reminder/actions.ts';
import { draftCardText } from './reminder/draft-card.ts';
import { findingsText } from './reminder/findings.ts';
import { KIND_NAMES } from './reminder/labels.ts';
import { renderReminder } from './reminder/render-reminder.ts';
import type { DraftContext, DraftKind } from './types.ts';

export const OUTPUT_FORMATS = ['text', 'json', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface DraftOutputOptions {
  /** Epoch ms from the CLI's clock. */
  now: number;
  /** `correction` needs `{ correction: { wrong, right } }`. */
  context?: Omit<DraftContext, 'now'>;
  /** html: the plan to show as the timeline (e.g. from the planner); none by default. */
  plan?: readonly Milestone[];
  /** html: signed action links; inert preview links on the reserved `.invalid` domain by default. */
  links?: ReminderLinks;
}

const preview = (action: string) => `https://followup.invalid/preview/${action}`;

export const PREVIEW_LINKS: ReminderLinks = {
  sent: preview('sent'),
  replied: { offer: preview('offer'), next_round: preview('next-round'), rejection: preview('rejection'), other: preview('reply') },
  snooze: preview('snooze'),
  stop: preview('stop'),
  unsubscribe: preview('unsubscribe'),
};

/**
 * The draft and its findings as text, the draft as JSON, or the reminder email as HTML.
 * Throws `DraftNotAvailable` when the record cannot carry the kind.
 * @example process.stdout.write(renderDraftOutput(parseRecord(json), 'thank_you', 'text', { now: clock.now() }))
 */
export function renderDraftOutput(record: InterviewRecord, kind: DraftKind, format: OutputFormat, options: DraftOutputOptions): string {
  const { now } = options;
  const d = draft(kind, record, { ...options.context, now });
  if (format === 'json') return `${JSON.stringify(d, null, 2)}\n`;
  if (format === 'text') {
    const heading = `${KIND_NAMES[kind]}: ${d.about.role} at ${d.about.company} (${d.channel})`;
    return `${heading}\n\n${draftCardText(d)}\n\nFindings:\n${findingsText(d)}\n`;
  }
  // The plan's own milestone when it has one, so the preview says why it falls due then.
  const milestone = options.plan?.find((m) => m.kind === kind) ?? {
    kind,
    reason: 'Drafted on demand with `followup draft`; no reminder is due.',
    dueAt: new Date(now).toISOString(),
    localDueAt: toLocalIso(record.candidate.timeZone, now),
  };
  return renderReminder(milestone, d, options.plan ?? [], options.links ?? PREVIEW_LINKS, { alsoDraft: companionDraft(kind, record, { ...options.context, now }) }).html;
}
