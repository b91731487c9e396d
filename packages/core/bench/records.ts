/**
 * Deterministic interview records for the planner benchmark: the same seed always gives the same
 * records and the same `now`s. Mixed calendars, matching and mismatching candidate zones, hiring
 * paces, rapport, decision dates, preferences, interviews over 2025–2027 (DST weeks weighted up)
 * and `now`s from "before the interview ended" to "months too late".
 *
 * Every third record belongs to a tenant with settings (`TENANTS`): its own policy numbers, a
 * calendar for companies that name no country, and company closures kept by the tenant or carried
 * by the record. The tenants are drawn from a second PRNG, so the records themselves are the same
 * with or without them.
 */
import { DateTime } from 'luxon';
import type { Closure, CompanyClosures } from '../src/company/closures.ts';
import { companyKey } from '../src/company/name.ts';
import type { TenantPlanning } from '../src/planner/context.ts';
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
  /** The tenant's settings, shared by all of its records (as a tenant's cached settings are); absent for two records in three. */
  tenant?: BenchTenant;
}

export interface BenchTenant {
  name: string;
  /** What `plan()` is given beside `now`. */
  planning: TenantPlanning;
}

const COMPANIES = 997;
const YEARS = [2024, 2025, 2026, 2027];

/**
 * A company's closures: a year-end shutdown every year, for most a summer week (a different
 * week per company), for some a quarterly Friday off. Dates are local, inclusive.
 */
function companyClosures(c: number): Closure[] {
  const closures: Closure[] = [];
  const late = c % 2 === 0; // half close from the 23rd to the 2nd, the others 24 Dec – 1 Jan
  for (const year of YEARS) {
    closures.push({ from: `${year}-12-${late ? 23 : 24}`, to: `${year + 1}-01-0${late ? 2 : 1}`, label: 'year-end shutdown' });
    if (c % 4 !== 3) {
      // The week starting on a Monday of July or August.
      const monday = DateTime.fromISO(`${year}-07-01`, { zone: 'UTC' }).plus({ weeks: c % 8 }).set({ weekday: 1 });
      closures.push({ from: monday.toISODate()!, to: monday.plus({ days: 4 }).toISODate()!, label: 'summer week' });
    }
    if (c % 3 === 0) {
      for (const month of [3, 6, 9, 11]) {
        const friday = DateTime.fromISO(`${year}-${String(month).padStart(2, '0')}-15`, { zone: 'UTC' }).set({ weekday: 5 });
        closures.push({ from: friday.toISODate()!, to: friday.toISODate()!, label: 'recharge day' });
      }
    }
  }
  return closures;
}

/** The closures a tenant keeps: for every `every`-th company, keyed by its id or its name's key. */
function keptClosures(every: number, byId: boolean): CompanyClosures {
  const kept = new Map<string, Closure[]>();
  for (let c = 0; c < COMPANIES; c += every) kept.set(byId ? `co-${c}` : companyKey(`Company ${c}`), companyClosures(c));
  return kept;
}

/** A few tenants with distinct settings. Built once: each tenant's objects are shared by its records. */
export const TENANTS: readonly BenchTenant[] = [
  {
    name: 'enterprise',
    planning: {
      policy: { sendWindow: { start: '10:00', end: '16:00' }, paceDays: { slow: 12, very_slow: 21 }, maxFollowUps: 3, tooLateDays: 7 },
      calendar: { country: 'US' },
      closures: keptClosures(2, false),
    },
  },
  {
    name: 'agency',
    planning: {
      policy: { thankYouHours: { neutral: 36 }, secondFollowUpDays: 5, moveOnDays: 10, maxFollowUps: 1, followUpLimit: 2 },
      calendar: { country: 'GB', region: 'SCT' },
      closures: keptClosures(3, true),
    },
  },
  {
    name: 'startup',
    planning: {
      policy: { sendWindow: { start: '08:30', end: '18:00' }, thankYouHours: { strong: 12 }, handwrittenNoteHours: 36, finalFollowUpDays: 10, tooLateDays: 3 },
      calendar: { country: 'DE', region: 'BY' },
    },
  },
  {
    name: 'staffing',
    planning: {
      policy: { paceDays: { normal: 5 }, maxFollowUps: 3, followUpLimit: 3, moveOnDays: 14, handwrittenNote: true },
      calendar: { country: 'CA', region: 'ON' },
      closures: keptClosures(1, false),
    },
  },
];

/**
 * One generated record with its `now`; records are valid by construction (parseRecord accepts them).
 * @example const next = recordGenerator(42); next().input.candidate.timeZone
 */
export function recordGenerator(seed: number): () => BenchCase {
  const rand = prng(seed);
  // The tenants' own draws: the records come out the same as without tenants.
  const tenantRand = prng(seed ^ 0x7e4a47);
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
    if (n % 3 !== 0) return { input, now };
    const tenant = TENANTS[Math.floor(tenantRand() * TENANTS.length)]!;
    const c = n % COMPANIES;
    // Tenants that key closures by id get the integrator's id on their records.
    if (tenant.name === 'agency') input.company.id = `co-${c}`;
    // One tenant record in four carries the interview's own closures (an office move, a local holiday).
    if (tenantRand() < 0.25) {
      const start = DateTime.fromISO(startsAt, { setZone: true }).plus({ days: 2 + Math.floor(tenantRand() * 20) });
      const length = Math.floor(tenantRand() * 4);
      input.company.closures = [{ from: start.toISODate()!, to: start.plus({ days: length }).toISODate()!, label: length ? 'office move' : 'local holiday' }];
    }
    return { input, now, tenant };
  };
}
