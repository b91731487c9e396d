/**
 * The light part of the package, for functions to import statically: the draft kinds and their
 * names, the reminder's colours, the errors. Nothing here reaches drafting (compromise, retext,
 * the word list): with code splitting, esbuild puts every file a static import reaches through
 * the package's index into the start-up chunk, so functions import these from here and load
 * drafting with `await import('@followup/templates/drafting')`.
 *
 * @example import { DRAFT_KINDS, KIND_NAMES } from '@followup/templates/names'
 */
export { DRAFT_KINDS, CANDIDATE_KINDS, isCandidateKind } from '../types.ts';
export type { Channel, Draft, DraftContext, DraftKind, DraftText, Finding, FindingRule, Recipient, Span, Tone } from '../types.ts';
export { KIND_NAMES } from '../reminder/labels.ts';
export { ACCENT, FONT, INK, MUTED, escapeHtml } from '../reminder/html.ts';
export type { ReminderLinks } from '../reminder/actions.ts';
export { DraftNotAvailable, UnsafeLink } from '../errors.ts';
