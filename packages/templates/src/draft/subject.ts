/** Subject lines that fit a phone's inbox: 70 characters at most, the role cut where it branches. */

export const SUBJECT_LIMIT = 70;

/**
 * The role up to its first comma or parenthesis: what a subject line has room for.
 * @example shortRole('Staff Engineer, Platform (Payments, EMEA)') // 'Staff Engineer'
 */
export function shortRole(role: string): string {
  const cut = role.search(/[,(]/);
  return (cut > 0 ? role.slice(0, cut) : role).trim();
}

/** The first subject that fits the limit; the last one is a short fallback that always does. */
export function fitSubject(options: readonly (string | false | undefined | null)[]): string | undefined {
  const given = options.filter((o): o is string => Boolean(o));
  return given.find((s) => s.length <= SUBJECT_LIMIT) ?? given.at(-1);
}
