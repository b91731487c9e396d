/** What a request's headers may arrive as: a Fetch `Headers` or a plain object (any letter case). */
export type HeaderBag = Headers | Record<string, string | undefined>;

/**
 * One header's value, looked up without regard to case; `undefined` when absent or empty.
 * @example header({ 'Webhook-Id': 'msg_1' }, 'webhook-id') // 'msg_1'
 */
export function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name)?.trim() || undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value?.trim() || undefined;
  }
  return undefined;
}
