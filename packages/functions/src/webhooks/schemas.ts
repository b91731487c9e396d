/** The webhook routes' documented shapes. */
import { DELIVERY_OUTCOMES } from '@followup/core/ports';
import { headerText } from '@followup/core/record';
import { isTimeZone } from '@followup/core/time';
import { z } from '@hono/zod-openapi';
import { PROVIDERS } from './provider.ts';
import { PROVIDER_ISSUED_SECRET } from './signing/secret.ts';

/** The record's own rule: defaults fill `company.name` and `role`, which reach email subjects. */
const text = headerText(200);
/** A Standard Webhooks secret: `whsec_` and base64 (the reference libraries also take bare base64). */
const STANDARD_SECRET = /^(whsec_)?[A-Za-z0-9+/]{22,}={0,2}$/;

export const DefaultsSchema = z
  .strictObject({
    company: text.optional().openapi({ description: "The company's name, where the payload has none", example: 'Acme' }),
    role: text.optional().openapi({ example: 'Staff Engineer' }),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone, e.g. America/New_York').optional()
      .openapi({ description: "The candidate's time zone, where the payload has none", example: 'America/New_York' }),
  })
  .openapi('WebhookEndpointDefaults', { description: "What fills a record's fields that the provider's payload lacks." });

export const EndpointCreateSchema = z
  .strictObject({
    provider: z.enum(PROVIDERS),
    secret: z.string().min(16, 'must be at least 16 characters').max(500).optional()
      .openapi({ description: "The signing secret; one is generated when absent (Lever's must be copied from Lever)." }),
    defaults: DefaultsSchema.default({}),
  })
  .superRefine(({ provider, secret }, ctx) => {
    if (!secret && PROVIDER_ISSUED_SECRET.has(provider)) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: `is required: ${provider} issues the secret it signs with; copy it from ${provider}` });
    }
    if (secret && provider === 'standard' && !STANDARD_SECRET.test(secret)) {
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'must be whsec_ followed by base64' });
    }
  })
  .openapi('WebhookEndpointCreate');

export const EndpointSchema = z
  .object({
    id: z.string(),
    provider: z.enum(PROVIDERS),
    url: z.string().openapi({ description: "Where the provider sends its deliveries; paste it into the provider's webhook settings.", example: 'https://followup.example/v1/webhooks/3f0c…' }),
    defaults: DefaultsSchema,
    createdAt: z.string(),
  })
  .openapi('WebhookEndpoint');

export const CreatedEndpointSchema = EndpointSchema.extend({
  secret: z.string().openapi({ description: 'Shown this once; never listed again.' }),
}).openapi('CreatedWebhookEndpoint');

export const EndpointListSchema = z
  .object({ items: z.array(EndpointSchema), nextCursor: z.string().optional() })
  .openapi('WebhookEndpointList');

export const OutcomeSchema = z.enum(DELIVERY_OUTCOMES);

export const DeliverySchema = z
  .object({
    id: z.string(),
    endpointId: z.string(),
    provider: z.string(),
    deliveryId: z.string().openapi({ description: "The provider's delivery id (or sha256 of the body where it sends none)." }),
    eventType: z.string().openapi({ example: 'reject_candidate' }),
    outcome: OutcomeSchema,
    interviewIds: z.array(z.string()),
    why: z.string().optional(),
    receivedAt: z.string(),
  })
  .openapi('WebhookDelivery');

export const DeliveryListSchema = z
  .object({ items: z.array(DeliverySchema), nextCursor: z.string().optional() })
  .openapi('WebhookDeliveryList');

export const ReceiptSchema = z.object({ outcome: OutcomeSchema }).openapi('WebhookReceipt');

export const PageQuerySchema = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2000).optional(),
};
