/**
 * Wall-clock arithmetic in IANA time zones, fast enough to plan 100,000 interviews a second.
 *
 * `Intl` answers "what is the offset at this instant?" in about a microsecond, too slow for a
 * hot path that asks it dozens of times per plan. So each zone's UTC offsets are read once per
 * year (one sample a day, then a binary search to the minute where it changed) and kept as a
 * short list of transitions. Every later question is a scan of at most a few entries. A zone's
 * tables live in its `ZoneClock`; the planner keeps the candidate's clock in the plan context,
 * so its hot paths never look a zone up by name.
 *
 *   offset  -300 ───────────┐ -240 (EDT) ─────────────────┐ -300
 *                           │                             │
 *   UTC     Jan 1 ......... 9 Mar 07:00Z ................ 2 Nov 06:00Z ..... Dec 31
 */

import { isoDateTime, pad2 } from './days.ts';
import { NumberTexts } from './remember.ts';
import { DAY_MS, MINUTE_MS } from './units.ts';

// Re-exported: callers have long imported these from here.
export { DAY_MS, MINUTE_MS } from './units.ts';
export { pad2 } from './days.ts';

interface ZoneYear {
  /** The UTC year this table covers: [start, end) in UTC ms. */
  start: number;
  end: number;
  /** Offset in minutes in force at `start`. */
  first: number;
  /** Instants (UTC ms) where the offset changes, ascending, with the offset after each. */
  at: number[];
  offsets: number[];
}

const validZones = new Map<string, boolean>();

const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+\-]*(\/[A-Za-z0-9_+\-]+)*$/;

/**
 * Whether `zone` is an IANA time zone name this runtime knows (`America/New_York`, `UTC`).
 * @example isTimeZone('Europe/Berlin') // true
 */
export function isTimeZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = IANA_NAME.test(zone) && canFormat(zone);
    validZones.set(zone, valid);
  }
  return valid;
}

function canFormat(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The offset straight from Intl: slow, used only to build the tables. */
function intlOffset(formatter: Intl.DateTimeFormat, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(utcMs)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  const utcMinute = Math.floor(utcMs / MINUTE_MS) * MINUTE_MS;
  return Math.round((wall - utcMinute) / MINUTE_MS);
}

/** One zone's offsets (a table per UTC year, built on first use) and the names reasons give them. */
export class ZoneClock {
  private readonly formatter: Intl.DateTimeFormat;
  /** The years built so far, in no order: a handful, so a scan finds one faster than working out its year. */
  private readonly years: ZoneYear[] = [];
  /** The year asked about last: most questions in a plan fall in it. */
  private recent?: ZoneYear;
  private readonly abbreviations = new Map<number, string>();

  constructor(readonly zone: string) {
    this.formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  }

  /** The UTC offset in minutes at an instant (east of Greenwich is positive). */
  offsetAt(utcMs: number): number {
    let year = this.recent;
    if (!year || utcMs < year.start || utcMs >= year.end) year = this.recent = this.yearOf(utcMs);
    let offset = year.first;
    for (let i = 0; i < year.at.length && year.at[i]! <= utcMs; i++) offset = year.offsets[i]!;
    return offset;
  }

  /** The wall time (as if UTC) the zone shows at an instant. */
  toWall(utcMs: number): number {
    return utcMs + this.offsetAt(utcMs) * MINUTE_MS;
  }

  /** See `wallToUtc`. */
  toUtc(wallMs: number): number {
    const guess = this.offsetAt(wallMs);
    const first = this.offsetAt(wallMs - guess * MINUTE_MS);
    if (first === guess) return wallMs - guess * MINUTE_MS;
    const second = this.offsetAt(wallMs - first * MINUTE_MS);
    if (second === first) return wallMs - first * MINUTE_MS;
    return wallMs - Math.min(first, second) * MINUTE_MS;
  }

  /** See `zoneAbbreviation`; `offset` when the caller has it already. */
  abbreviation(utcMs: number, offset = this.offsetAt(utcMs)): string {
    let name = this.abbreviations.get(offset);
    if (name === undefined) {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: this.zone, timeZoneName: 'short' }).formatToParts(utcMs);
      name = parts.find((p) => p.type === 'timeZoneName')?.value ?? formatOffset(offset);
      this.abbreviations.set(offset, name);
    }
    return name;
  }

  /** See `toLocalIso`. */
  localIso(utcMs: number): string {
    const offset = this.offsetAt(utcMs);
    return isoDateTime(utcMs + offset * MINUTE_MS) + formatOffset(offset);
  }

  private yearOf(utcMs: number): ZoneYear {
    for (const table of this.years) if (utcMs >= table.start && utcMs < table.end) return table;
    return this.build(new Date(utcMs).getUTCFullYear());
  }

  private build(year: number): ZoneYear {
    const start = Date.UTC(year, 0, 1);
    const end = Date.UTC(year + 1, 0, 1);
    const offsetAt = (t: number) => intlOffset(this.formatter, t);
    const table: ZoneYear = { start, end, first: offsetAt(start), at: [], offsets: [] };
    let previous = table.first;
    for (let t = start + DAY_MS; t <= end; t += DAY_MS) {
      const offset = offsetAt(t);
      if (offset === previous) continue;
      // The change happened in (t - 1 day, t]: find the minute.
      let lo = t - DAY_MS;
      let hi = t;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetAt(mid) === previous) lo = mid;
        else hi = mid;
      }
      if (hi < end) {
        table.at.push(hi);
        table.offsets.push(offset);
      }
      previous = offset;
    }
    this.years.push(table);
    return table;
  }
}

const clocks = new Map<string, ZoneClock>();

/**
 * The clock of a zone, shared by every plan in it. Hot paths keep it rather than looking the zone up by name each time.
 * @example zoneClock('America/New_York').offsetAt(Date.parse('2025-01-14T15:00:00Z')) // -300
 */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * The zone's UTC offset in minutes at an instant (east of Greenwich is positive).
 * @example offsetAt('America/New_York', Date.parse('2025-01-14T15:00:00Z')) // -300
 */
export function offsetAt(zone: string, utcMs: number): number {
  return zoneClock(zone).offsetAt(utcMs);
}

/**
 * The instant at which the wall clock in `zone` shows `wallMs` (a wall time written as if it were UTC).
 * A wall time skipped by a spring-forward change resolves to the same distance after the change
 * (02:30 on a 02:00→03:00 night is 03:30); a repeated one resolves to its first occurrence.
 */
export function wallToUtc(zone: string, wallMs: number): number {
  return zoneClock(zone).toUtc(wallMs);
}

/** The wall time (as if UTC) that `zone` shows at an instant. */
export function utcToWall(zone: string, utcMs: number): number {
  return zoneClock(zone).toWall(utcMs);
}

/**
 * The zone's short name at an instant, as people write it in a reminder (`EST`, `GMT+1`).
 * @example zoneAbbreviation('America/New_York', Date.parse('2025-07-01T12:00:00Z')) // 'EDT'
 */
export function zoneAbbreviation(zone: string, utcMs: number): string {
  return zoneClock(zone).abbreviation(utcMs);
}

/** `-05:00`, `+05:30`, `+00:00`. */
export function formatOffset(offsetMinutes: number): string {
  return offsetTexts.get(offsetMinutes);
}

/** Offsets lie within a day of UTC (−12:00 to +14:00 today). */
const offsetTexts = new NumberTexts(-1440, 1440, (offsetMinutes) => {
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
});

/**
 * ISO 8601 with the zone's offset at that instant.
 * @example toLocalIso('America/New_York', Date.parse('2025-01-21T14:00:00Z')) // '2025-01-21T09:00:00-05:00'
 */
export function toLocalIso(zone: string, utcMs: number): string {
  return zoneClock(zone).localIso(utcMs);
}
