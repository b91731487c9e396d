/**
 * The day an out-of-office reply says its sender is back. Only dates the text ties to being
 * away or back count ("back on", "returning", "until", "out … to"): an out-of-office that
 * mentions a conference on the 28th is not back on the 28th.
 */
import { dayOf, isoDateOf } from '../time/days.ts';
import { datesIn } from './chrono-dates.ts';
import { localDayOf } from './local-date.ts';

/** Words just before a date that make it the day of return, or the last day away. */
const RETURN_CUE = /(back|return|returning|returns|in the office|reachable|available|resume|until|till|til|through|thru|to|-|–|away|out|leave|vacation|holiday)\W*(on|from|the|by)?\W*$/;
/** "until", "through": the named day is the last day away, so the sender is back the day after. */
const LAST_DAY_AWAY = /(until|till|til|through|thru|away|out|leave|vacation|holiday)\W*(on|the)?\W*$/;
/** "back on", "returning": the named day is the first day back. */
const FIRST_DAY_BACK = /(back|return|returning|returns|in the office|reachable|available|resume)\W*(on|from|the|by)?\W*$/;

export interface ReturnDate {
  /** The first day the sender is back, YYYY-MM-DD. */
  backOn: string;
  /** The words it was read from. */
  text: string;
}

/**
 * @example returnDate('I am out of the office and will be back on Monday, February 3.', Date.parse('2025-01-20T15:00:00Z'), 'America/New_York') // { backOn: '2025-02-03', … }
 */
export function returnDate(text: string, messageDate: number, zone: string): ReturnDate | undefined {
  const sent = localDayOf(messageDate, zone);
  for (const found of datesIn(text.slice(0, 4000), messageDate, zone)) {
    if (found.end) return after(sent, found.end, 1, found.text); // a range: back the day after it ends
    if (!RETURN_CUE.test(found.before)) continue;
    const back = FIRST_DAY_BACK.test(found.before) ? 0 : LAST_DAY_AWAY.test(found.before) ? 1 : 0;
    const result = after(sent, found.date, back, found.text);
    if (result) return result;
  }
  return undefined;
}

function after(sent: number, date: string, plus: number, text: string): ReturnDate | undefined {
  const day = dayOf(date) + plus;
  // A return on the day the reply was sent, or before, says nothing about the days ahead.
  return day > sent ? { backOn: isoDateOf(day), text } : undefined;
}
