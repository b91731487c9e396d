/**
 * The date an employer's reply promises a decision by ("we'll decide by Friday the 12th",
 * "you'll hear from us by next week"): a date in the same sentence as a word for deciding or
 * answering. POLICY `reply`: a decision date re-plans the status follow-ups from it.
 */
import { dayOf } from '../time/days.ts';
import { datesIn } from './chrono-dates.ts';
import { localDayOf } from './local-date.ts';

const DECISION_WORDS = /(decid|decision|get back to you|hear (back )?from (us|me)|let you know|update you|an update|an answer|respond|finali[sz]e|wrap up|conclude)/i;

/**
 * @example decisionDate("We'll decide by Friday the 12th.", Date.parse('2025-09-02T15:00:00Z'), 'America/New_York') // '2025-09-12'
 */
export function decisionDate(text: string, messageDate: number, zone: string): string | undefined {
  const sent = localDayOf(messageDate, zone);
  for (const sentence of text.slice(0, 4000).split(/(?<=[.!?])\s+|\n{2,}/)) {
    const word = DECISION_WORDS.exec(sentence);
    if (!word) continue;
    // The date after the word: in "still meeting people this week, and we'll decide by Friday" it is Friday.
    for (const found of datesIn(sentence.slice(word.index), messageDate, zone)) {
      const date = found.end ?? found.date;
      // Within a year of the reply: anything further is not a decision date.
      if (dayOf(date) > sent && dayOf(date) <= sent + 365) return date;
    }
  }
  return undefined;
}
