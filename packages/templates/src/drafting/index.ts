/**
 * What drafting loads (the drafts, their proofreading with compromise and retext, the reminder):
 * the entry that functions import dynamically, on the first draft or send. The package's index
 * serves the light names (kinds, labels, colours, errors) that functions import statically; a
 * dynamic import of the index itself would put the whole package in the function's start-up chunk.
 *
 * @example const { draft } = await import('@followup/templates/drafting')
 */
export { draft } from '../draft/draft.ts';
export { companionDraft } from '../draft/companion.ts';
export { renderReminder } from '../reminder/render-reminder.ts';
