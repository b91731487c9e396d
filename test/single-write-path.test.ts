/**
 * The one place an interview changes: a route, a webhook and an action page that make the same
 * change (stop the reminders) do it through the interview service, and every write to the
 * store comes from inside it.
 */
import { dueIndexDispatcher } from '@followup/core/adapters';
import { InterviewService, recordRules } from '@followup/core/interviews';
import { signLink } from '@followup/core/links';
import type { InterviewStore } from '@followup/core/ports';
import { describe, expect, it } from 'vitest';
import { LINK_KEY, sampleRecord, testApi, type TestApi } from './support/api.ts';
import { post, register, signed } from './support/webhooks-stack.ts';

/** The store, with every write's call stack noted. */
function recording(store: InterviewStore, writes: { method: string; stack: string }[]): InterviewStore {
  const note = (method: string) => writes.push({ method, stack: new Error().stack ?? '' });
  return {
    ...store,
    get: (tenant, id) => store.get(tenant, id),
    list: (tenant, query) => store.list(tenant, query),
    listDue: (until, limit) => store.listDue(until, limit),
    create: (interview) => (note('create'), store.create(interview)),
    update: (current, change) => (note('update'), store.update(current, change)),
    erase: (current) => (note('erase'), store.erase(current)),
  };
}

async function stoppedBy(change: (api: TestApi, id: string) => Promise<Response>) {
  const writes: { method: string; stack: string }[] = [];
  // The service is rebuilt on the recording store, as the API's wiring builds it on the real one.
  const api = await testApi({
    deps: (deps) => {
      const store = recording(deps.store, writes);
      const interviews = new InterviewService({ store, dispatcher: dueIndexDispatcher, clock: deps.clock, newId: deps.newId, records: recordRules });
      return { ...deps, store, interviews };
    },
  });
  try {
    const { id } = await api.create(sampleRecord({ externalId: 'app_42' }));
    const res = await change(api, id);
    expect(res.status).toBeLessThan(300);
    const stored = await api.deps.store.get('acme', id);
    return { status: stored.state.status, writes };
  } finally {
    await api.close();
  }
}

describe('one way an interview changes', () => {
  const ways: Record<string, (api: TestApi, id: string) => Promise<Response>> = {
    'the events route': (api, id) => api.call('POST', `/v1/interviews/${id}/events`, { body: { type: 'withdrawn' } }),
    'a Standard Webhooks delivery': async (api) => {
      const endpoint = await register(api, 'standard');
      const body = JSON.stringify({ type: 'application.withdrawn', timestamp: '2025-01-13T12:00:00Z', data: { applicationId: 'app_42' } });
      return post(api, endpoint, signed(api, endpoint, body, { id: 'msg_1' }));
    },
    "the candidate's action page": (api, id) => {
      const token = signLink({ tenantId: 'acme', interviewId: id, kind: 'thank_you', action: 'stop', expiresAt: api.clock.now() + 3_600_000 }, LINK_KEY);
      return Promise.resolve(api.app.request(`/a/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }));
    },
  };

  for (const [way, change] of Object.entries(ways)) {
    it(`ends the plan through the interview service from ${way}`, async () => {
      const { status, writes } = await stoppedBy(change);
      expect(['withdrawn', 'stopped']).toContain(status);
      expect(writes.map((w) => w.method)).toEqual(['create', 'update']);
      for (const write of writes) expect(write.stack).toMatch(/core\/src\/interviews\/service\.ts/);
    });
  }
});
