import { describe, expect, it } from 'vitest';
import { senderFor } from './sender.ts';

describe('the From of a reminder', () => {
  it("puts the tenant's sender name before the deployment's, on the deployment's address", () => {
    expect(senderFor('followup <reminders@example.com>')).toBe('followup <reminders@example.com>');
    expect(senderFor('followup <reminders@example.com>', 'Acme Careers')).toBe('"Acme Careers via followup" <reminders@example.com>');
    expect(senderFor('reminders@example.com', 'Acme "Talent"')).toBe('"Acme \\"Talent\\" via followup" <reminders@example.com>');
  });

  it('encodes a name that is not plain ASCII (RFC 2047), as SES asks', () => {
    const from = senderFor('followup <reminders@example.com>', 'Société Générale');
    expect(from).toMatch(/^=\?UTF-8\?Q\?Soci=C3=A9t=C3=A9.*\?= <reminders@example\.com>$/);
  });
});
