import { describe, expect, it } from 'vitest';
import { ManualClock } from '../adapters/manual-clock.ts';
import type { SettingsStore } from '../ports/settings.ts';
import type { TenantDocuments } from './settings.ts';
import { TENANT_PLANNING_TTL_MS, TenantPlanningCache } from './tenant-planning.ts';

/** A store whose `documents` counts its reads and answers what `answer` says. */
function countingStore(answer: () => Promise<TenantDocuments>) {
  const store = { reads: 0, documents: () => (store.reads++, answer()) };
  return store as unknown as SettingsStore & { reads: number };
}

describe('the tenant planning cache', () => {
  it('reads a tenant once per TTL, again after it, and at once after forget', async () => {
    const clock = new ManualClock('2025-01-13T12:00:00Z');
    const store = countingStore(async () => ({ settings: { snoozeDays: 4 }, closures: new Map() }));
    const cache = new TenantPlanningCache(store, clock);
    expect((await cache.planningFor('acme')).snoozeDays).toBe(4);
    await cache.planningFor('acme');
    expect(store.reads).toBe(1);
    await cache.planningFor('globex');
    expect(store.reads).toBe(2);
    clock.advance(TENANT_PLANNING_TTL_MS);
    await cache.planningFor('acme');
    expect(store.reads).toBe(3);
    cache.forget('acme');
    await cache.planningFor('acme');
    expect(store.reads).toBe(4);
  });

  it('does not keep a failed read: the next plan asks again', async () => {
    let fail = true;
    const store = countingStore(async () => {
      if (fail) throw new Error('throttled');
      return { closures: new Map() };
    });
    const cache = new TenantPlanningCache(store, new ManualClock('2025-01-13T12:00:00Z'));
    await expect(cache.planningFor('acme')).rejects.toThrow('throttled');
    fail = false;
    expect(await cache.planningFor('acme')).toEqual({ snoozeDays: 2 });
    expect(store.reads).toBe(2);
  });
});
