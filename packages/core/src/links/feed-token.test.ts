import { describe, expect, it } from 'vitest';
import { FEED_TTL_MS, signFeed, verifyFeed } from './feed-token.ts';
import { linkExpiry, signLink, verifyLink } from './signed-link.ts';

const KEY = 'a-test-key-of-at-least-32-bytes-long!!';
const NOW = Date.parse('2025-01-14T14:00:00Z');
const grant = { tenantId: 'acme', interviewId: 'iv_1', expiresAt: NOW + FEED_TTL_MS };

describe('calendar feed tokens', () => {
  it('give back the grant they signed until it expires (90 days by default), then refuse it', () => {
    const token = signFeed(grant, KEY);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyFeed(token, KEY, NOW)).toEqual({ ok: true, grant });
    expect(verifyFeed(token, KEY, grant.expiresAt - 1).ok).toBe(true);
    expect(verifyFeed(token, KEY, grant.expiresAt)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse another key, an altered interview, and what is not a token', () => {
    expect(verifyFeed(signFeed(grant, 'another-key-entirely-another-key-entirely'), KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    const [payload, signature] = signFeed(grant, KEY).split('.') as [string, string];
    const altered = Buffer.from(JSON.stringify({ p: 'feed', t: 'acme', i: 'iv_2', e: grant.expiresAt })).toString('base64url');
    expect(verifyFeed(`${altered}.${signature}`, KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    for (const token of ['', 'abc', `${payload}.`, `${payload}.${signature}.x`]) expect(verifyFeed(token, KEY, NOW).ok).toBe(false);
  });

  it('are never action links, and action links are never feed tokens', () => {
    const action = signLink({ tenantId: 'acme', interviewId: 'iv_1', kind: 'thank_you', action: 'stop', expiresAt: linkExpiry(NOW) }, KEY);
    expect(verifyFeed(action, KEY, NOW).ok).toBe(false);
    expect(verifyLink(signFeed(grant, KEY), KEY, NOW).ok).toBe(false);
  });
});
