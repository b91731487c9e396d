/**
 * Set once per stage, never in the repository:
 *   npx sst secret set LinkKey "$(openssl rand -base64 48)" --stage prod
 *   npx sst secret set WebhookSecretKey "$(openssl rand -base64 48)" --stage prod
 */

/** Signs the candidate's one-click action links (HMAC-SHA256, 32+ characters). */
export const linkKey = new sst.Secret('LinkKey');

/** Encrypts the webhook endpoints' signing secrets at rest (32+ characters). */
export const webhookSecretKey = new sst.Secret('WebhookSecretKey');
