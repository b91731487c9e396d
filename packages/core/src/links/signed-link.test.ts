import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_ACTIONS, LINK_TTL_MS, linkExpiry, signLink, verifyLink, type ActionLink } from './signed-link.ts';

const KEY = 'a-test-key-of-at-least-32-bytes-long!!';
const NOW = Date.parse('2025-01-14T14:00:00Z');
const link: ActionLink = { tenantId: 'acme', interviewId: 'iv_01JH8Z', kind: 'thank_you', action: 'sent', expiresAt: linkExpiry(NOW) };

/** Re-encodes the payload part with `change` applied, keeping the original signature. */
function tamper(token: string, change: Partial<ActionLink>): string {
  const [payload, signature] = token.split('.') as [string, string];
  const altered = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), ...change };
  return `${Buffer.from(JSON.stringify(altered)).toString('base64url')}.${signature}`;
}

describe('signed action links', () => {
  it('gives back every action of the link it signed, in a URL-safe token', () => {
    for (const action of LINK_ACTIONS) {
      const token = signLink({ ...link, action }, KEY);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(verifyLink(token, KEY, NOW)).toEqual({ ok: true, link: { ...link, action } });
    }
  });

  it('expires 30 days after signing by default: valid the millisecond before, expired at that instant', () => {
    expect(LINK_TTL_MS).toBe(30 * 86_400_000);
    expect(link.expiresAt).toBe(Date.parse('2025-02-13T14:00:00Z'));
    const token = signLink(link, KEY);

    expect(verifyLink(token, KEY, link.expiresAt - 1).ok).toBe(true);
    expect(verifyLink(token, KEY, link.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses an altered link as forged: another action, interview or a later expiry', () => {
    const token = signLink(link, KEY);

    expect(verifyLink(tamper(token, { action: 'stop' }), KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink(tamper(token, { interviewId: 'iv_other' }), KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink(tamper(token, { expiresAt: link.expiresAt + LINK_TTL_MS }), KEY, link.expiresAt)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a link signed with another key as forged, even once it would have expired', () => {
    const token = signLink(link, 'another-key-entirely-another-key-entirely');

    expect(verifyLink(token, KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink(token, KEY, link.expiresAt + 1)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses what is not a token as malformed', () => {
    const [payload, signature] = signLink(link, KEY).split('.') as [string, string];
    for (const token of ['', 'abc', `${payload}.`, `.${signature}`, `${payload}.${signature}.x`, `${payload}.${signature.slice(0, 20)}`, `${payload}.${signature.slice(0, -2)}+/`]) {
      expect(verifyLink(token, KEY, NOW), token).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses a genuinely signed payload that is not a link as malformed', () => {
    const sign = (text: string) => {
      const payload = Buffer.from(text).toString('base64url');
      return `${payload}.${createHmac('sha256', KEY).update(payload).digest('base64url')}`;
    };

    expect(verifyLink(sign('not json'), KEY, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyLink(sign(JSON.stringify({ ...link, action: 'delete_everything' })), KEY, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });
});
