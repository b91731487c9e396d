/**
 * Deterministic interview records for the planner benchmark: the same seed always gives the same
 * records and the same `now`s. Mixed calendars, matching and mismatching candidate zones, hiring
 * paces, rapport, decision dates, preferences, interviews over 2025–2027 (DST weeks weighted up)
 * and `now`s from "before the interview ended" to "months too late".
 */
import { DateTime } from 'luxon';
import type { InterviewRecordInput } from '../src/record/record.ts';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Place {
  country?: string;
  region?: string;
  zones: string[];
}

/** The calendars of the mix, each with the zones a candidate there would have. */
const PLACES: Place[] = [
  { country: 'US', zones: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'Pacific/Honolulu'] },
  { country: 'US', region: 'CA', zones: ['America/Los_Angeles'] },
  { country: 'GB', zones: ['Europe/London'] },
  { country: 'GB', region: 'SCT', zones: ['Europe/London'] },
  { country: 'DE', zones: ['Europe/Berlin'] },
  { country: 'DE', region: 'BY', zones: ['Europe/Berlin'] },
  { country: 'JP', zones: ['Asia/Tokyo'] },
  { country: 'FR', zones: ['Europe/Paris'] },
  { country: 'CA', zones: ['America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/St_Johns'] },
  { country: 'AU', zones: ['Australia/Sydney', 'Australia/Perth', 'Australia/Adelaide'] },
  { country: 'IN', zones: ['Asia/Kolkata'] },
  { country: 'BR', zones: ['America/Sao_Paulo'] },
  { zones: ['UTC', 'Europe/Madrid', 'Asia/Singapore', 'Africa/Lagos', 'America/Mexico_City'] },
];
const ALL_ZONES = [...new Set(PLACES.flatMap((p) => p.zones))];

/** Sundays when clocks change somewhere in the mix (US, EU, AU), 2025–2027. */
const DST_SUNDAYS = [
  '2025-03-09', '2025-03-30', '2025-04-06', '2025-10-05', '2025-10-26', '2025-11-02',
  '2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01',
  '2027-03-14', '2027-03-28', '2027-04-04', '2027-10-03', '2027-10-31', '2027-11-07',
];
const SEND_WINDOWS = [
  { start: '08:00', end: '18:00' },
  { start: '10:00', end: '16:00' },
  { start: '08:30', end: '12:30' },
  { start: '13:00', end: '20:00' },
];
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const FIRST_DAY = DateTime.fromISO('2025-01-01', { zone: 'UTC' });
const SPAN_DAYS = 3 * 365;

export interface BenchCase {
  input: InterviewRecordInput;
  /** UTC ms. */
  now: number;
}

/**
 * One generated record with its `now`; records are valid by construction (parseRecord accepts them).
 * @example const next = recordGenerator(42); next().input.candidate.timeZone
 */
export function recordGenerator(seed: number): () => BenchCase {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  let n = 0;

  return () => {
    n++;
    const place = pick(PLACES);
    // 75 % of candidates live in the calendar's zones, the rest anywhere.
    const timeZone = chance(0.75) ? pick(place.zones) : pick(ALL_ZONES);
    // The calendar is the company's, or (no company country) the candidate's.
    const onCompany = chance(0.6);
    const other = pick(PLACES);
    const candidate = {
      name: `Candidate ${n}`,
      email: `candidate${n}@example.com`,
      timeZone,
      ...(onCompany ? (chance(0.5) && other.country ? { country: other.country, region: other.region } : {}) : { country: place.country, region: place.region }),
    };
    const company = {
      name: `Company ${n % 997}`,
      ...(onCompany ? { country: place.country, region: place.region } : {}),
      ...(chance(0.8) ? { hiringPace: pick(['normal', 'slow', 'very_slow'] as const) } : {}),
      ...(chance(0.5) ? { culture: pick(['formal', 'casual'] as const) } : {}),
    };

    // Interview: any day of 2025–2027, one in five in a DST week, 07:00–19:45 local.
    const day = chance(0.2)
      ? DateTime.fromISO(pick(DST_SUNDAYS), { zone: 'UTC' }).plus({ days: int(-4, 3) })
      : FIRST_DAY.plus({ days: int(0, SPAN_DAYS - 1) });
    const start = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: int(7, 19), minute: 15 * int(0, 3) }, { zone: timeZone });
    const startsAt = start.toISO({ suppressMilliseconds: true })!;
    const endsAt = chance(0.6) ? start.plus({ minutes: 15 * int(2, 8) }).toISO({ suppressMilliseconds: true })! : undefined;
    const endMs = Date.parse(endsAt ?? startsAt) + (endsAt ? 0 : HOUR_MS);

    const contacts = Array.from({ length: int(0, 3) }, (_, i) => ({
      name: `Contact ${i}`,
      relation: pick(['interviewer', 'hiring_manager', 'recruiter', 'hr', 'other'] as const),
      ...(chance(0.7) ? { email: `contact${i}@company.example` } : {}),
      ...(chance(0.5) ? { linkedinUrl: `https://www.linkedin.com/in/contact-${n}-${i}` } : {}),
    }));
    if (contacts.length > 1 && chance(0.3)) Object.assign(contacts[int(0, contacts.length - 1)]!, { primary: true });

    const input: InterviewRecordInput = {
      externalId: `bench-${n}`,
      candidate,
      company,
      role: 'Software Engineer',
      interview: { startsAt, ...(endsAt ? { endsAt } : {}), format: pick(['video', 'phone', 'onsite'] as const) },
      contacts,
    };
    if (chance(0.7)) input.notes = { topics: ['the data pipeline'], ...(chance(0.8) ? { rapport: pick(['strong', 'neutral'] as const) } : {}) };
    if (chance(0.3)) input.decisionExpectedBy = start.plus({ days: int(0, 21) }).toISODate()!;
    if (chance(0.6)) {
      input.preferences = {
        ...(chance(0.8) ? { maxFollowUps: pick([1, 2, 3] as const) } : {}),
        ...(chance(0.1) ? { linkedin: false } : {}),
        ...(chance(0.25) ? { handwrittenNote: true } : {}),
        ...(chance(0.1) ? { sendWindow: pick(SEND_WINDOWS) } : {}),
      };
    }

    // `now`: mostly soon after the interview; some before it ended; some late, up to months late.
    const r = rand();
    const now =
      r < 0.05 ? endMs - int(0, 48) * HOUR_MS
      : r < 0.6 ? endMs + int(0, 360) * 60_000
      : r < 0.75 ? endMs + int(1, 5 * 24) * HOUR_MS
      : r < 0.92 ? endMs + int(5 * 24, 30 * 24) * HOUR_MS
      : endMs + int(30, 120) * DAY_MS;
    return { input, now };
  };
}
