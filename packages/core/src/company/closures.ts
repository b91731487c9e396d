/**
 * A company's own closures ("we close 24 Dec – 1 Jan"): kept by the tenant per company
 * (`PUT /v1/companies/{key}/closures`) or carried by one record (`company.closures`). POLICY:
 * a closure is skipped exactly like a public holiday, and a reason names it.
 */
import { dayOf, remember } from '../time/days.ts';
import { companyInText, companyKey } from './name.ts';

export interface Closure {
  /** First and last local date closed, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** What the company calls it: "year-end shutdown". */
  label: string;
}

/** The tenant's closures by company key (an integrator's company id, else `companyKey(name)`). */
export type CompanyClosures = ReadonlyMap<string, readonly Closure[]>;

/** Bounds every closure list is held to, wherever it comes from. */
export const MAX_CLOSURES = 50;
export const MAX_CLOSURE_DAYS = 366;

/** A closure as the planner asks about it: day numbers, inclusive, and the name reasons use. */
export interface ClosedDays {
  from: number;
  to: number;
  name: string;
}

/** Company names as reasons write them, and as tenants key them: a few hundred companies, planned again and again. */
const namesInText = new Map<string, string>();
const keys = new Map<string, string>();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dayMonth = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

/**
 * How a reason names a closure.
 * @example closureName('Acme Widgets, Inc.', { from: '2026-12-24', to: '2027-01-01', label: 'year-end shutdown' })
 * // "Acme Widgets' year-end shutdown, 24 Dec – 1 Jan"
 */
export function closureName(company: string, closure: Closure): string {
  const range = closure.from === closure.to ? dayMonth(closure.from) : `${dayMonth(closure.from)} – ${dayMonth(closure.to)}`;
  const name = remember(namesInText, company, companyInText);
  return `${name}${name.endsWith('s') ? "'" : "'s"} ${closure.label}, ${range}`;
}

/**
 * A tenant's lists are shared by every plan of the company: their days and names are made once
 * per list, for the company name they were last made for (a list is one company's).
 */
const keptDays = new WeakMap<readonly Closure[], { company: string; closed: readonly ClosedDays[] }>();
const NONE: readonly ClosedDays[] = [];

/** A closure's days, and its name, made only when a reason needs it: most plans pass over no closure. */
class ClosedRange implements ClosedDays {
  readonly from: number;
  readonly to: number;
  private made: string | undefined;

  constructor(
    private readonly company: string,
    private readonly closure: Closure,
  ) {
    this.from = dayOf(closure.from);
    this.to = dayOf(closure.to);
  }

  get name(): string {
    return (this.made ??= closureName(this.company, this.closure));
  }
}

const asClosedDays = (company: string, closures: readonly Closure[]): ClosedDays[] => closures.map((c) => new ClosedRange(company, c));

/**
 * The closures that apply to a record's company: the record's own, then the tenant's for the
 * company's id (or, without one, its name's key). The planner plans each company many times:
 * the tenant's part comes from a cache, and the result may be shared (never modify it).
 * @example companyClosedDays({ name: 'Acme' }, tenantClosures) // [{ from, to, name: "Acme's year-end shutdown, 24 Dec – 1 Jan" }]
 */
export function companyClosedDays(company: { id?: string; name: string; closures?: readonly Closure[] }, tenant?: CompanyClosures): readonly ClosedDays[] {
  const kept = tenant?.size ? tenant.get(company.id ?? remember(keys, company.name, companyKey)) : undefined;
  let keptClosed = NONE;
  if (kept?.length) {
    let made = keptDays.get(kept);
    if (made?.company !== company.name) keptDays.set(kept, (made = { company: company.name, closed: asClosedDays(company.name, kept) }));
    keptClosed = made.closed;
  }
  const own = company.closures;
  if (!own?.length) return keptClosed;
  return keptClosed.length ? [...asClosedDays(company.name, own), ...keptClosed] : asClosedDays(company.name, own);
}

/** The closure a day falls in, by name, or undefined. */
export function closureOn(closed: readonly ClosedDays[], day: number): string | undefined {
  for (const c of closed) if (day >= c.from && day <= c.to) return c.name;
  return undefined;
}

function dayOrNaN(iso: unknown): number {
  try {
    return dayOf(iso as string);
  } catch {
    return NaN;
  }
}

/**
 * What is wrong with a list of closures, each issue at `[index, 'to']` (empty when nothing is):
 * every range in order and at most MAX_CLOSURE_DAYS long. The shapes are the schema's.
 */
export function closureIssues(closures: readonly Closure[]): { at: [number, 'to']; message: string }[] {
  const issues: { at: [number, 'to']; message: string }[] = [];
  closures.forEach((c, i) => {
    // Refinements run beside the field checks: a date that is not one was named there already.
    const days = dayOrNaN(c.to) - dayOrNaN(c.from) + 1;
    if (Number.isNaN(days)) return;
    if (days < 1) issues.push({ at: [i, 'to'], message: 'must not be before from' });
    else if (days > MAX_CLOSURE_DAYS) issues.push({ at: [i, 'to'], message: `must be within ${MAX_CLOSURE_DAYS} days of from` });
  });
  return issues;
}
