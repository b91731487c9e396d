import { describe, expect, it } from 'vitest';
import { PROVIDERS, type Provider } from '../provider.ts';
import { TEST_NOW, TEST_SECRETS } from '../../../../../test/support/webhooks/receive.ts';
import { sample, sampleJson } from '../../../../../test/support/webhooks/samples.ts';
import { signDelivery, type SignedDelivery } from '../../../../../test/support/webhooks/sign.ts';
import { CALENDLY_TOLERANCE_MS } from '../providers/calendly.ts';
import { LEVER_TOLERANCE_MS } from '../providers/lever.ts';
import { STANDARD_TOLERANCE_MS } from '../providers/standard.ts';
import type { HeaderBag } from './headers.ts';
import type { Bytes } from './hmac.ts';
import { verify } from '../registry.ts';

/** One real published sample per provider (Standard Webhooks: the spec's example body). */
const SAMPLES: Record<Provider, string> = {
  greenhouse: sample('greenhouse-reject_candidate.json'),
  lever: sample('lever-candidateStageChange.fixed-json.json'),
  ashby: sample('ashby-candidateStageChange.json'),
  calendly: sample('calendly-invitee.created.json'),
  calcom: sample('calcom-BOOKING_CREATED.json'),
  standard: sample('standard-webhooks-example.http').split('\n\n')[1]!.trim(),
};
const TOLERANCES: Partial<Record<Provider, number>> = {
  lever: LEVER_TOLERANCE_MS,
  calendly: CALENDLY_TOLERANCE_MS,
  standard: STANDARD_TOLERANCE_MS,
};

const signed = (provider: Provider, now = TEST_NOW) => signDelivery(provider, { rawBody: SAMPLES[provider], secret: TEST_SECRETS[provider], now });
const check = (provider: Provider, delivery: { headers: HeaderBag; rawBody: Bytes }, options: { secret?: string; now?: number } = {}) =>
  verify(provider, { ...delivery, secret: options.secret ?? TEST_SECRETS[provider], now: options.now ?? TEST_NOW });

/** Changes one signed byte: the body, or for Lever (which signs only token + triggeredAt) the token. */
function tamper(provider: Provider, delivery: SignedDelivery): SignedDelivery {
  if (provider === 'lever') return { ...delivery, rawBody: delivery.rawBody.replace(/"token":"./, '"token":"X') };
  return { ...delivery, rawBody: delivery.rawBody.replace('"', ' "') };
}

describe.each(PROVIDERS)('%s verification', (provider) => {
  it('accepts its real sample signed with the endpoint secret', () => {
    expect(check(provider, signed(provider))).toMatchObject({ ok: true });
  });

  it('refuses a body changed after signing', () => {
    expect(check(provider, tamper(provider, signed(provider)))).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signature made with another secret', () => {
    const other = provider === 'standard' ? 'whsec_dGhpcyBpcyBhbm90aGVyIHNlY3JldA==' : 'another_secret';
    expect(check(provider, signed(provider), { secret: other })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a delivery without its signature', () => {
    const { headers, rawBody } = signed(provider);
    const unsigned = provider === 'lever' ? rawBody.replace('"signature"', '"unsigned"') : rawBody;
    expect(check(provider, { headers: provider === 'standard' ? { ...headers, 'webhook-signature': '' } : {}, rawBody: unsigned })).toEqual({
      ok: false,
      reason: 'missing_signature',
    });
  });

  it('gives a redelivery the id of the first delivery', () => {
    const first = check(provider, signed(provider));
    expect(check(provider, signed(provider, TEST_NOW + 1000))).toEqual(first);
  });

  it('accepts the body as bytes and the headers as a Fetch Headers', () => {
    const { headers, rawBody } = signed(provider);
    expect(check(provider, { headers: new Headers(headers), rawBody: new TextEncoder().encode(rawBody) })).toEqual(
      check(provider, { headers, rawBody }),
    );
  });

  it('refuses an endpoint without a secret', () => {
    expect(check(provider, signed(provider), { secret: '' })).toEqual({ ok: false, reason: 'no_secret' });
  });
});

describe.each(Object.entries(TOLERANCES) as [Provider, number][])('%s timestamps', (provider, tolerance) => {
  it(`accepts a delivery signed ${tolerance / 60_000} minutes ago, to the second`, () => {
    expect(check(provider, signed(provider), { now: TEST_NOW + tolerance })).toMatchObject({ ok: true });
  });

  it('refuses one signed longer ago as stale', () => {
    expect(check(provider, signed(provider), { now: TEST_NOW + tolerance + 1000 })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses one dated further in the future as stale', () => {
    expect(check(provider, signed(provider), { now: TEST_NOW - tolerance - 1000 })).toEqual({ ok: false, reason: 'stale' });
  });
});
