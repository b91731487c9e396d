/**
 * For the webhook tests: register an endpoint through the API and send it deliveries signed
 * the provider's way, at the test clock's time.
 */
import type { TestApi, Tenant } from './api.ts';
import { signDelivery } from './webhooks/index.ts';
import type { Provider } from '../../packages/functions/src/webhooks/index.ts';

export interface Endpoint {
  id: string;
  url: string;
  provider: Provider;
  secret: string;
}

/** Registers an endpoint for `provider` as `as` (acme by default) and returns it with its secret. */
export async function register(api: TestApi, provider: Provider, body: Record<string, unknown> = {}, as: Tenant = 'acme'): Promise<Endpoint> {
  const res = await api.call('POST', '/v1/webhook-endpoints', { as, body: { provider, ...body } });
  if (res.status !== 201) throw new Error(`registering ${provider} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Endpoint;
}

export interface Delivery {
  rawBody: string;
  headers: Record<string, string>;
}

/** `rawBody` as the provider signs it with `secret` (the endpoint's by default) at `now` (the test clock's). */
export function signed(api: TestApi, endpoint: Endpoint, rawBody: string, options: { secret?: string; now?: number; id?: string } = {}): Delivery {
  const { secret = endpoint.secret, now = api.clock.now(), id } = options;
  return signDelivery(endpoint.provider, { rawBody, secret, now, ...(id && { id }) });
}

/** Posts a delivery to the endpoint's path, without an API key. */
export async function post(api: TestApi, endpoint: Endpoint, delivery: Delivery): Promise<Response> {
  return api.app.request(`/v1/webhooks/${endpoint.id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...delivery.headers },
    body: delivery.rawBody,
  });
}

/**
 * Signs and posts `rawBody`; the response's status and JSON (or problem) body. The clock then
 * moves a second, so the log lists deliveries in the order they were sent.
 */
export async function deliver(api: TestApi, endpoint: Endpoint, rawBody: string, options?: Parameters<typeof signed>[3]) {
  const res = await post(api, endpoint, signed(api, endpoint, rawBody, options));
  api.clock.advance(1000);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** The interview the latest logged delivery touched. */
export async function latestInterviewId(api: TestApi): Promise<string> {
  const [latest] = await events(api, 'limit=1');
  return latest!.interviewIds[0];
}

/** The delivery log as `as` sees it, for a query string such as `status=unmatched`. */
export async function events(api: TestApi, query = '', as: Tenant = 'acme') {
  const res = await api.call('GET', `/v1/webhook-events?${query}`, { as });
  if (res.status !== 200) throw new Error(`webhook-events answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { items: Record<string, any>[] }).items;
}

/** An interview as `as` sees it. */
export async function interview(api: TestApi, id: string, as: Tenant = 'acme') {
  const res = await api.call('GET', `/v1/interviews/${id}`, { as });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
