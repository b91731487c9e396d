/** Intl formatters, made once per locale and options: making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * @example dateFormat('en-US', { timeZone: 'UTC', weekday: 'short' }).format(0) // 'Thu'
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
