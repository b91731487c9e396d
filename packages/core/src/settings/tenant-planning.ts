/**
 * What every plan of a tenant is made with, read from its stored settings and closures and
 * kept for a few seconds: a burst of interviews costs one read, and a change reaches every
 * function within TENANT_PLANNING_TTL_MS (at once in the process that made it).
 */
import type { Clock } from '../ports/clock.ts';
import type { SettingsStore } from '../ports/settings.ts';
import { planningOf, type TenantPlanningWithMail } from './settings.ts';

export const TENANT_PLANNING_TTL_MS = 5_000;
/** Tenants kept at once; the oldest goes first. */
const MAX_TENANTS = 1_000;

/**
 * @example const planning = new TenantPlanningCache(settingsStore, systemClock)
 * const { policy, closures, snoozeDays } = await planning.planningFor('acme')
 */
export class TenantPlanningCache {
  private readonly kept = new Map<string, { at: number; planning: Promise<TenantPlanningWithMail> }>();

  constructor(
    private readonly store: SettingsStore,
    private readonly clock: Clock,
    private readonly ttlMs = TENANT_PLANNING_TTL_MS,
  ) {}

  planningFor(tenant: string): Promise<TenantPlanningWithMail> {
    const now = this.clock.now();
    const entry = this.kept.get(tenant);
    if (entry && now - entry.at < this.ttlMs && now >= entry.at) return entry.planning;
    const planning = this.store.documents(tenant).then((documents) => planningOf(documents));
    // A failed read is not kept: the next plan asks again.
    planning.catch(() => this.kept.get(tenant)?.planning === planning && this.kept.delete(tenant));
    this.kept.delete(tenant);
    this.kept.set(tenant, { at: now, planning });
    if (this.kept.size > MAX_TENANTS) this.kept.delete(this.kept.keys().next().value!);
    return planning;
  }

  /** After this process changed the tenant's settings or closures: the next plan reads them. */
  forget(tenant: string): void {
    this.kept.delete(tenant);
  }
}
