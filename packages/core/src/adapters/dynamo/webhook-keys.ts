/**
 * The webhook items of the one table (`table.ts` lists the others). They reuse its sparse
 * indexes under partitions of their own, so no new index and no scan:
 *
 * | pk | item | indexed as |
 * | --- | --- | --- |
 * | `webhook-endpoint#<id>` | an endpoint: tenant, provider, sealed secret, defaults | byTenant `webhook-endpoints#<t>` |
 * | `webhook-delivery#<endpointId>#<sha256(deliveryId)>` | a delivery's first receipt: the dedup claim and its outcome (TTL 30 days) | byTenant `webhook-events#<t>`, byStatus `webhook-events#<t>#outcome#<o>`, byEmail `webhook-events#<t>#interview#<first id>` |
 * | `webhook-delivery#…#interview#<id>` | the same entry for each further interview it touched (a closed job) | byEmail only |
 * | `webhook-body#<endpointId>#<body hash>` | the signed body of a delivery whose provider signs no timestamp (Greenhouse): which delivery id it came with (TTL 30 days) | none |
 * | `webhook-receipt#<entry id>` | a later receipt of a delivery: outcome `duplicate` (TTL 30 days) | as a first receipt |
 * | `match#<t>#<provider>#<idKind>#<value>` | the interview a provider's booking/application/candidate id points at | – |
 * | `job#<t>#<provider>#<jobId>` | the interviews on a provider's job (a string set) | – |
 *
 * Sort keys: `tsk = <createdAt or receivedAt>#<id>`, newest first when listed.
 */
import { sha256 } from '../../store/hash.ts';

/** Values from outside go into keys as they are when short, else by their hash (keys are limited to 2 KB). */
const part = (value: string) => (value.length <= 200 ? value : `sha256:${sha256(value)}`);

export const webhookKeys = {
  endpoint: (id: string) => `webhook-endpoint#${id}`,
  endpoints: (tenant: string) => `webhook-endpoints#${tenant}`,
  delivery: (endpointId: string, deliveryId: string) => `webhook-delivery#${endpointId}#${sha256(deliveryId)}`,
  body: (endpointId: string, bodyHash: string) => `webhook-body#${endpointId}#${bodyHash}`,
  receipt: (id: string) => `webhook-receipt#${id}`,
  events: (tenant: string) => `webhook-events#${tenant}`,
  eventsByOutcome: (tenant: string, outcome: string) => `webhook-events#${tenant}#outcome#${outcome}`,
  eventsByInterview: (tenant: string, interviewId: string) => `webhook-events#${tenant}#interview#${interviewId}`,
  match: (tenant: string, provider: string, kind: string, value: string) => `match#${tenant}#${provider}#${kind}#${part(value)}`,
  job: (tenant: string, provider: string, jobId: string) => `job#${tenant}#${provider}#${part(jobId)}`,
};
