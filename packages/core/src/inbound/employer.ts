/**
 * Is a sender the employer? Its address is a contact's, or its domain (or a subdomain of it)
 * is a contact's work domain. Free mail domains are never an employer's domain: a contact on
 * gmail.com matches only by address.
 */
const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net',
  'web.de', 'mail.com', 'zoho.com', 'yandex.com', 'fastmail.com', 'hey.com',
]);

/**
 * How `from` matches the employer, or undefined.
 * @example employerMatch('hr@acme.example', ['maya@acme.example']) // "the employer's domain acme.example"
 */
export function employerMatch(from: string, contactEmails: readonly string[]): string | undefined {
  const address = from.toLowerCase();
  if (contactEmails.includes(address)) return 'a contact of this interview';
  const domain = address.slice(address.lastIndexOf('@') + 1);
  for (const email of contactEmails) {
    const theirs = email.slice(email.lastIndexOf('@') + 1);
    if (FREE_MAIL.has(theirs)) continue;
    if (domain === theirs || domain.endsWith(`.${theirs}`)) return `the employer's domain ${theirs}`;
  }
  return undefined;
}
