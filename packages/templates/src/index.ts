/** Drafts for every milestone, their proofreading, and the reminder email that carries them. */
export { draft } from './draft/draft.ts';
export { companionDraft } from './draft/companion.ts';
export { lint } from './lint/lint.ts';
export type { LintOptions } from './lint/lint.ts';
export { renderReminder } from './reminder/render-reminder.ts';
export type { Reminder, ReminderOptions } from './reminder/render-reminder.ts';
export type { ReminderMilestone } from './reminder/milestone.ts';
export type { ReminderLinks } from './reminder/actions.ts';
export { mailtoLink } from './reminder/mailto.ts';
export { ACCENT, FONT, INK, MUTED, escapeHtml } from './reminder/html.ts';
export { KIND_NAMES } from './reminder/labels.ts';
export { renderDraftOutput, OUTPUT_FORMATS, PREVIEW_LINKS } from './cli-output.ts';
export type { DraftOutputOptions, OutputFormat } from './cli-output.ts';
export { DRAFT_KINDS, CANDIDATE_KINDS, isCandidateKind } from './types.ts';
export type { Channel, Draft, DraftContext, DraftKind, DraftText, Finding, FindingRule, Recipient, Span, Tone } from './types.ts';
export { DraftNotAvailable, UnsafeLink } from './errors.ts';
