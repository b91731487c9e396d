/**
 * `npm run generate:holidays`: writes packages/core/src/calendar/holiday-table.ts, every
 * `date-holidays` calendar's days off (public and bank holidays, see calendar/README.md) for
 * FIRST_YEAR..LAST_YEAR in a compact text form, so functions need neither date-holidays nor its
 * time-zone and astronomy data at run time.
 *
 * Where date-holidays is wrong or thin, CORRECTIONS below fix its answer before it is written,
 * each from the statute or gazette it cites. They are rules and official lists, not a second
 * holiday catalogue: everything else comes from date-holidays as it is.
 *
 * Per calendar, one string: `name|name|…` then, per year, `;` and `<day of year in base 36>.<name index in base 36>` pairs
 * joined by `,`. A region's calendar lists only what differs from its country's: `+` pairs it
 * adds or renames, `-<day>` days it does not keep.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { calendarKey, type CalendarCode } from '../packages/core/src/calendar/calendar-code.ts';
import { sourceCalendars, sourceYear } from '../packages/core/src/calendar/holiday-source.ts';
import { dayOf, isWeekend } from '../packages/core/src/time/days.ts';

export const FIRST_YEAR = 2024;
export const LAST_YEAR = 2040;

/** One year's days off of one calendar: day number → `Name (where)`. */
type Year = Map<number, string>;

export interface Correction {
  /** The calendar it corrects: `CA-ON`, `IN`. */
  calendar: string;
  /** Statute, gazette or notice it follows, as text. */
  source: string;
  apply(year: number, days: Year): void;
}

/** `Christmas Day` of `Christmas Day (CA)`. */
const baseName = (name: string) => name.replace(/ \([A-Z0-9-]+\)$/, '');

/** The holidays named on a day: `Hari Raya Puasa and Chinese New Year (SG)` → both. */
const namesOn = (days: Year, day: number) => baseName(days.get(day) ?? '').split(' and ');

/**
 * Whether date-holidays already keeps `name` of `day` again on a later day: a day of the run of
 * days off after it names it as a substitute, or the very next day repeats it (as date-holidays
 * writes Singapore's gazetted Monday after a Sunday Deepavali).
 */
function alreadySubstituted(days: Year, day: number, name: string): boolean {
  if (namesOn(days, day + 1).includes(name)) return true;
  for (let next = day + 1; days.has(next) || isWeekend(next); next++) {
    if (namesOn(days, next).some((n) => n === `${name} (substitute day)` || n === `${name} (observed)`)) return true;
  }
  return false;
}

/** The first weekday after `day` that is not already a day off. */
function nextFreeWeekday(days: Year, day: number): number {
  let next = day + 1;
  while (isWeekend(next) || days.has(next)) next++;
  return next;
}

/**
 * A fixed-date holiday on a Saturday or Sunday is also kept on the next weekday that is not
 * itself a day off (Christmas on Saturday → Monday, Boxing Day on Sunday → Tuesday).
 */
function observedOnNextWeekday(calendar: string, names: string[], source: string): Correction {
  return {
    calendar,
    source,
    apply(_year, days) {
      for (const day of [...days.keys()].sort((a, b) => a - b)) {
        if (!isWeekend(day)) continue;
        for (const name of namesOn(days, day)) {
          if (names.includes(name) && !alreadySubstituted(days, day, name)) days.set(nextFreeWeekday(days, day), `${name} (observed) (${calendar})`);
        }
      }
    },
  };
}

/** Days date-holidays keeps that the calendar's law does not. */
function notKept(calendar: string, names: string[], source: string): Correction {
  return {
    calendar,
    source,
    apply(_year, days) {
      for (const day of [...days.keys()]) if (namesOn(days, day).every((n) => names.includes(n))) days.delete(day);
    },
  };
}

/** Official dates (`YYYY-MM-DD` → name) date-holidays lacks; a day already off gets both names. */
function gazetted(calendar: string, dates: Record<string, string>, source: string): Correction {
  return {
    calendar,
    source,
    apply(year, days) {
      for (const [date, name] of Object.entries(dates)) {
        if (!date.startsWith(`${year}-`)) continue;
        const day = dayOf(date);
        const previous = days.get(day);
        days.set(day, previous ? `${baseName(previous)} and ${name} (${calendar})` : `${name} (${calendar})`);
      }
    },
  };
}

/**
 * A lunar-calendar holiday computed by date-holidays' own rule (`chinese 04-0-15`, `1 Shawwal`),
 * for the years after the last official list (`from`), moved by `shift` days where the country
 * is known to keep it later than the computed date.
 */
function computed(calendar: string, holidays: { rule: string; name: string }[], from: number, source: string, shift = 0): Correction {
  const reader = new Holidays();
  for (const { rule, name } of holidays) reader.setHoliday(rule, { name: { en: name }, type: 'public' });
  return {
    calendar,
    source,
    apply(year, days) {
      if (year < from) return;
      for (const holiday of reader.getHolidays(year, 'en')) {
        const day = dayOf(holiday.date) + shift;
        if (!days.has(day)) days.set(day, `${holiday.name} (${calendar})`);
      }
    },
  };
}

/** A public holiday on a Sunday makes the next day that is not itself one a public holiday. */
function sundayMovesToNextDay(calendar: string, source: string): Correction {
  return {
    calendar,
    source,
    apply(_year, days) {
      for (const day of [...days.keys()].sort((a, b) => a - b)) {
        if ((day + 4) % 7 !== 0) continue; // Sundays only
        for (const name of namesOn(days, day)) {
          if (alreadySubstituted(days, day, name)) continue;
          let next = day + 1;
          while (days.has(next)) next++;
          days.set(next, `${name} (observed) (${calendar})`);
        }
      }
    },
  };
}

const ONTARIO = [
  'Employment Standards Act, 2000, S.O. 2000, c. 41 (https://www.ontario.ca/laws/statute/00e41):',
  's. 1(1) "public holiday" lists New Year\'s Day, Family Day, Good Friday, Victoria Day, Canada Day, Labour Day,',
  'Thanksgiving Day, Christmas Day and Boxing Day, so not Easter Monday nor the August Civic Holiday; ss. 27–29 give',
  'a substitute day off for one falling on a non-working day, kept on the next working day as the Ontario Public',
  'Service does; Holidays Act, R.S.C. 1985, c. H-5, s. 2(2): when July 1 is a Sunday, July 2 is Canada Day.',
].join(' ');

const QUEBEC = [
  'Act respecting labour standards, CQLR c. N-1.1 (https://www.legisquebec.gouv.qc.ca/en/document/cs/N-1.1):',
  's. 60 lists 1 January, Good Friday or Easter Monday at the employer\'s option (date-holidays keeps Good Friday',
  'and marks Easter Monday optional, as this table does), the Monday before 25 May, 1 July (2 July when it is a',
  'Sunday), Labour Day, Thanksgiving and 25 December; s. 62 gives a compensatory day for one falling on a',
  'non-working day, kept on the next working day; National Holiday Act, CQLR c. F-1.1, s. 2: 24 June, or 25 June',
  'when it is a Sunday. Boxing Day is not a statutory holiday in Quebec.',
].join(' ');

const INDIA_GAZETTE = [
  'Government of India, Ministry of Personnel, Public Grievances & Pensions, Department of Personnel and Training,',
  'Office Memoranda "Holidays to be observed in Central Government offices during the year 2024 / 2025 / 2026"',
  '(2026: O.M. dated 3 July 2025), Annexure I, gazetted holidays of the administrative offices at Delhi/New Delhi',
  '(https://dopt.gov.in, "Holidays"). date-holidays lists only Republic Day, Good Friday, Ambedkar Jayanti,',
  'Independence Day, Gandhi Jayanti and Christmas; these are the others.',
].join(' ');

export const CORRECTIONS: Correction[] = [
  notKept('CA-ON', ['Easter Monday'], ONTARIO),
  observedOnNextWeekday('CA-ON', ["New Year's Day", 'Canada Day', 'Christmas Day', 'Boxing Day'], ONTARIO),
  observedOnNextWeekday('CA-QC', ["New Year's Day", 'National Holiday', 'Canada Day', 'Christmas Day'], QUEBEC),

  notKept('US-TX', ['Day after Thanksgiving', 'Christmas Eve', 'Day after Christmas'], [
    'Texas Government Code §662.003(b) (https://statutes.capitol.texas.gov/Docs/GV/htm/GV.662.htm): the Friday after',
    'Thanksgiving, 24 December and 26 December are holidays of state employees only; banks and businesses stay open.',
  ].join(' ')),

  gazetted('IN', {
    '2024-03-25': 'Holi', '2024-04-11': 'Id-ul-Fitr', '2024-04-17': 'Ram Navami', '2024-04-21': 'Mahavir Jayanti',
    '2024-05-23': 'Buddha Purnima', '2024-06-17': 'Id-ul-Zuha (Bakrid)', '2024-07-17': 'Muharram', '2024-08-26': 'Janmashtami',
    '2024-09-16': 'Milad-un-Nabi', '2024-10-12': 'Dussehra', '2024-10-31': 'Diwali', '2024-11-15': "Guru Nanak's Birthday",
    '2025-02-26': 'Maha Shivaratri', '2025-03-14': 'Holi', '2025-03-31': 'Id-ul-Fitr', '2025-04-10': 'Mahavir Jayanti',
    '2025-05-12': 'Buddha Purnima', '2025-06-07': 'Id-ul-Zuha (Bakrid)', '2025-07-06': 'Muharram', '2025-08-16': 'Janmashtami',
    '2025-09-05': 'Milad-un-Nabi', '2025-10-02': 'Dussehra', '2025-10-20': 'Diwali', '2025-11-05': "Guru Nanak's Birthday",
    '2026-03-04': 'Holi', '2026-03-21': 'Id-ul-Fitr', '2026-03-26': 'Ram Navami', '2026-03-31': 'Mahavir Jayanti',
    '2026-05-01': 'Buddha Purnima', '2026-05-27': 'Id-ul-Zuha (Bakrid)', '2026-06-26': 'Muharram', '2026-08-26': 'Milad-un-Nabi',
    '2026-09-04': 'Janmashtami', '2026-10-20': 'Dussehra', '2026-11-08': 'Diwali', '2026-11-24': "Guru Nanak's Birthday",
  }, INDIA_GAZETTE),
  // No Office Memorandum exists yet for 2027 on; the Islamic holidays of the gazette follow date-holidays' computed
  // calendar. India keeps them a day after it: 11 of the 12 gazetted dates of 2024–2026 above are the computed date + 1.
  computed('IN', [
    { rule: '1 Shawwal', name: 'Id-ul-Fitr' },
    { rule: '10 Dhu al-Hijjah', name: 'Id-ul-Zuha (Bakrid)' },
    { rule: '10 Muharram', name: 'Muharram' },
    { rule: '12 Rabi al-awwal', name: 'Milad-un-Nabi' },
  ], 2027, `${INDIA_GAZETTE} From 2027, computed (1 Shawwal, 10 Dhu al-Hijjah, 10 Muharram, 12 Rabi al-awwal) + 1 day.`, 1),

  // date-holidays has Singapore's Vesak Day only as dates up to 2026. The Singapore Buddhist Federation fixes it as the
  // 15th day of the 4th Chinese lunar month (MOM press release "Revised date for Vesak Day 2023", 29 Sep 2022,
  // https://www.mom.gov.sg/newsroom/press-releases/2022/0929-revised-date-for-vesak-day-2023), which matches MOM's
  // gazetted 2024–2026 dates (https://www.mom.gov.sg/employment-practices/public-holidays).
  computed('SG', [{ rule: 'chinese 04-0-15', name: 'Vesak Day' }], 2027, 'Singapore Buddhist Federation / MOM: Vesak Day is the 15th day of the 4th lunar month.'),
  sundayMovesToNextDay('SG', [
    'Holidays Act 1998 (Singapore), s. 4 (https://sso.agc.gov.sg/Act/HA1998): when a public holiday falls on a Sunday,',
    'the next day not itself a public holiday is a public holiday (Hari Raya Haji, Sunday 16 May 2027 → Monday 17 May).',
  ].join(' ')),
];

/**
 * One calendar's days off of one year, as written in the table: date-holidays' answer with the
 * calendar's corrections applied.
 * @example correctedYear({ country: 'CA', region: 'ON' }, 2027).get(dayOf('2027-12-28')) // 'Boxing Day (observed) (CA-ON)'
 */
export function correctedYear(code: CalendarCode, year: number): Year {
  const days = new Map(sourceYear(code, year));
  const key = calendarKey(code);
  // A region inherits its country's corrections, then applies its own.
  for (const c of CORRECTIONS) if (c.calendar === code.country && code.region) c.apply(year, days);
  for (const c of CORRECTIONS) if (c.calendar === key) c.apply(year, days);
  return days;
}

function encode(years: Year[], base?: Year[]): string {
  const names: string[] = [];
  const index = (name: string) => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return i.toString(36);
  };
  const parts = years.map((days, y) => {
    const start = dayOf(`${FIRST_YEAR + y}-01-01`);
    const entries: string[] = [];
    for (const [day, name] of days) if (base?.[y]!.get(day) !== name) entries.push(`${(day - start).toString(36)}.${index(name)}`);
    for (const day of base?.[y]!.keys() ?? []) if (!days.has(day)) entries.push(`-${(day - start).toString(36)}`);
    return entries.join(',');
  });
  return [names.join('|'), ...parts].join(';');
}

function generate(): void {
  const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/date-holidays/package.json', import.meta.url)), 'utf8')) as { version: string };
  const out = fileURLToPath(new URL('../packages/core/src/calendar/holiday-table.ts', import.meta.url));
  const table: Record<string, string> = {};
  const national = new Map<string, Year[]>();
  for (const code of sourceCalendars()) {
    const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => correctedYear(code, FIRST_YEAR + i));
    if (!code.region) national.set(code.country!, years);
    table[calendarKey(code)] = encode(years, code.region ? national.get(code.country!) : undefined);
  }

  // Brotli over the JSON: 570 KB of text become ~75 KB of base64; inflating it takes a few ms,
  // once per process and only when a plan meets a holiday question.
  const json = JSON.stringify(table);
  const packed = brotliCompressSync(Buffer.from(json), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).toString('base64');
  writeFileSync(
    out,
    `/* Generated by scripts/generate-holidays.ts from date-holidays ${version} and its cited corrections; do not edit. */
/** Years the table covers; other years come from date-holidays itself, uncorrected. */
export const FIRST_YEAR = ${FIRST_YEAR};
export const LAST_YEAR = ${LAST_YEAR};

/** Brotli-compressed JSON, base64: every known calendar ("US", "US-CA") encoded as the generator describes. */
export const HOLIDAY_TABLE =
  ${JSON.stringify(packed)};
`,
  );
  console.log(`${Object.keys(table).length} calendars, ${FIRST_YEAR}–${LAST_YEAR}, ${CORRECTIONS.length} corrections: ${(json.length / 1024).toFixed(0)} KB of JSON, ${(packed.length / 1024).toFixed(0)} KB packed → ${out}`);
}

// Run as a script; imported (by the planner benchmark's reference), only the corrections are read.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) generate();
