import type { Bytes } from './hmac.ts';

/**
 * A raw body as text (UTF-8), whichever form it arrived in.
 * @example bodyText(new TextEncoder().encode('{}')) // '{}'
 */
export function bodyText(rawBody: Bytes): string {
  return typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
}

/**
 * A top-level field of a JSON body, read only after its signature was checked (Ashby's
 * `webhookActionId`) or because the signature itself lives there (Lever). `undefined` when
 * the body is not a JSON object or lacks the field.
 * @example jsonField('{"token":"t"}', 'token') // 't'
 */
export function jsonField(rawBody: Bytes, name: string): unknown {
  try {
    const body: unknown = JSON.parse(bodyText(rawBody));
    return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  } catch {
    return undefined;
  }
}
