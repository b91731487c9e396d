import { describe, expect, it } from 'vitest';
import { useTestApi } from '../../../../test/support/api.ts';

const api = useTestApi();

describe('documentation and health', () => {
  it('serves OpenAPI 3.1 generated from the schemas, with every route and the bearer scheme', async () => {
    const res = await api.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown>; securitySchemes: unknown } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/feeds/{token}.ics',
      '/v1/companies/{key}/closures',
      '/v1/interviews', '/v1/interviews/{id}', '/v1/interviews/{id}/calendar-feed', '/v1/interviews/{id}/calendar.ics', '/v1/interviews/{id}/events', '/v1/interviews/{id}/messages',
      '/v1/interviews/{id}/milestones/{kind}/draft', '/v1/interviews/{id}/milestones/{kind}/resend', '/v1/plans/preview',
      '/v1/settings', '/v1/settings/replan',
      '/v1/webhook-endpoints', '/v1/webhook-endpoints/{id}', '/v1/webhook-events', '/v1/webhooks/{endpointId}',
    ]);
    expect(Object.keys(doc.paths['/v1/interviews/{id}']!).sort()).toEqual(['delete', 'get', 'patch']);
    expect(doc.components.schemas).toHaveProperty('InterviewRecord');
    expect(doc.components.schemas).toHaveProperty('TenantSettings');
    expect(doc.components.schemas).toHaveProperty('CompanyClosures');
    expect(doc.components.schemas).toHaveProperty('Problem');
    expect(doc.components.securitySchemes).toEqual({ bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }) });
  });

  it('serves the interactive reference at /docs, pointing at /openapi.json', async () => {
    const res = await api.app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('/openapi.json');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await api.app.request('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(500_000);
    expect((await api.app.request('/docs/../package.json')).status).toBe(404);
  });

  it('answers /health without a key', async () => {
    expect(await (await api.app.request('/health')).json()).toEqual({ status: 'ok' });
  });
});
