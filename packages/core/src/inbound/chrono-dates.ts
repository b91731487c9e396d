/**
 * Dates written in a message, read with chrono-node relative to the message's own `Date` in a
 * given zone: "back on Monday" in a reply sent on Wednesday is the Monday after it.
 */
import * as chrono from 'chrono-node';
import { dayOf, isoDateOf, weekday } from '../time/days.ts';
import { offsetAt } from '../time/zone.ts';

export interface FoundDate {
  /** The date, YYYY-MM-DD. */
  date: string;
  /** The end of a range ("from 20 to 31 January"), YYYY-MM-DD. */
  end?: string;
  /** The words chrono read. */
  text: string;
  /** Up to 80 characters before it, lower-cased: what the rules look at. */
  before: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const ymd = (c: chrono.ParsedComponents) => `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;

/**
 * Every date in `text`, forward from `reference` (no date before it is meant).
 * @example datesIn('back on Monday, February 3', Date.parse('2025-01-20T15:00:00Z'), 'America/New_York')[0].date // '2025-02-03'
 */
export function datesIn(text: string, reference: number, zone: string): FoundDate[] {
  const ref = { instant: new Date(reference), timezone: offsetAt(zone, reference) };
  const referenceDay = Math.floor((reference + offsetAt(zone, reference) * 60_000) / 86_400_000);
  return chrono.en.casual.parse(text, ref, { forwardDate: true }).map((r) => {
    let date = ymd(r.start);
    // "Friday the 12th": chrono reads only "Friday"; the day of the month settles which Friday.
    const ordinal = /^\s*(?:,\s*)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text.slice(r.index + r.text.length));
    const named = WEEKDAYS.indexOf(r.text.toLowerCase().replace(/^(on|this|next)\s+/, ''));
    if (ordinal && named >= 0) date = nextWeekdayOnDate(dayOf(date) - 7, named, Number(ordinal[1])) ?? date;
    // "back on Monday" written on a Monday is the Monday after (chrono reads it as that very day).
    else if (named >= 0 && dayOf(date) <= referenceDay) date = isoDateOf(dayOf(date) + 7);
    return { date, ...(r.end && { end: ymd(r.end) }), text: r.text, before: text.slice(Math.max(0, r.index - 80), r.index).toLowerCase() };
  });
}

/** The first day after `from` that is weekday `wd` and day `dom` of its month, within a year. */
function nextWeekdayOnDate(from: number, wd: number, dom: number): string | undefined {
  for (let day = from + 1; day <= from + 400; day++) {
    if (weekday(day) === wd && Number(isoDateOf(day).slice(8)) === dom) return isoDateOf(day);
  }
  return undefined;
}

/**
 * The instant a forwarded header's date names (`Mon, Jan 20, 2025 at 10:03 AM`), read in
 * `zone` (mail apps write it in their user's zone); undefined when it names none.
 */
export function instantIn(text: string, reference: number, zone: string): number | undefined {
  const parsed = chrono.en.casual.parseDate(text.slice(0, 200), { instant: new Date(reference), timezone: offsetAt(zone, reference) });
  return parsed ? parsed.getTime() : undefined;
}
