export { createWebhookDeps, type WebhookDeps } from './deps.ts';
export { webhookEndpoints } from './endpoints.ts';
export { webhookEvents } from './events.ts';
export { webhookReceiver } from './receive.ts';
