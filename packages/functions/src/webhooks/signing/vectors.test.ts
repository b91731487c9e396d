import { describe, expect, it } from 'vitest';
import { sample, sampleJson } from '../../../../../test/support/webhooks/samples.ts';
import { signDelivery } from '../../../../../test/support/webhooks/sign.ts';
import { hmacSha256, safeEqual } from './hmac.ts';
import { generateSecret } from './secret.ts';
import { verify } from '../registry.ts';

interface Vector {
  provider: string;
  file?: string;
  secret?: string;
  signing_key?: string;
  header?: Record<string, string>;
  token?: string;
  triggeredAt?: number;
  signature_token?: string;
  expected_body_signature?: string;
}
const SYNTHETIC = sampleJson<{ vectors: Vector[] }>('SYNTHETIC-signature-vectors.json').vectors;
const synthetic = (provider: string) => SYNTHETIC.find((v) => v.provider === provider)!;
const fileOf = (v: Vector) => sample(v.file!.split(' ')[0]!);

describe('the published Standard Webhooks test vector', () => {
  const vector = sampleJson<{ secret: string; headers: Record<string, string>; rawBody: string }>('standard-webhooks-test-vector.json');
  const signedAt = Number(vector.headers['webhook-timestamp']) * 1000;

  it('verifies as published, at its own timestamp', () => {
    expect(verify('standard', { ...vector, now: signedAt })).toEqual({ ok: true, deliveryId: 'msg_p5jXN8AQM9LWM0D4loKWxJek' });
  });

  it('is stale once five minutes and a second have passed', () => {
    expect(verify('standard', { ...vector, now: signedAt + 301_000 })).toEqual({ ok: false, reason: 'stale' });
  });

  it('verifies when one of several signatures matches (secret rotation), ignoring other versions', () => {
    const headers = { ...vector.headers, 'webhook-signature': `v1a,AAAA v1,Zm9vYmFy ${vector.headers['webhook-signature']}` };
    expect(verify('standard', { ...vector, headers, now: signedAt })).toMatchObject({ ok: true });
  });

  it('refuses a v1a entry carrying the right bytes: only v1 is HMAC-SHA256', () => {
    const headers = { ...vector.headers, 'webhook-signature': vector.headers['webhook-signature']!.replace('v1,', 'v1a,') };
    expect(verify('standard', { ...vector, headers, now: signedAt })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a changed webhook-id, which is part of the signed content', () => {
    const headers = { ...vector.headers, 'webhook-id': 'msg_other' };
    expect(verify('standard', { ...vector, headers, now: signedAt })).toEqual({ ok: false, reason: 'bad_signature' });
  });
});

describe('the SYNTHETIC vectors (made-up secrets over the real sample files)', () => {
  it.each(['greenhouse', 'ashby', 'calcom'] as const)('%s verifies its sample file bytes as given', (provider) => {
    const v = synthetic(provider);
    expect(verify(provider, { headers: v.header!, rawBody: fileOf(v), secret: v.secret!, now: 0 })).toMatchObject({ ok: true });
  });

  it('calendly verifies at t=1700000000', () => {
    const v = synthetic('calendly');
    expect(verify('calendly', { headers: v.header!, rawBody: fileOf(v), secret: v.signing_key!, now: 1_700_000_000_000 })).toMatchObject({ ok: true });
  });

  it('lever signs token + triggeredAt to the expected body signature', () => {
    const v = synthetic('lever');
    const rawBody = JSON.stringify({ event: 'candidateStageChange', token: v.token, triggeredAt: v.triggeredAt, signature: v.expected_body_signature });
    expect(verify('lever', { headers: {}, rawBody, secret: v.signature_token!, now: v.triggeredAt! })).toEqual({ ok: true, deliveryId: v.token });
  });
});

describe('provider quirks', () => {
  it("refuses Cal.com's no-secret-provided as unsigned, never as a signature", () => {
    const rawBody = sample('calcom-BOOKING_CREATED.json');
    const headers = { 'X-Cal-Signature-256': 'no-secret-provided' };
    expect(verify('calcom', { headers, rawBody, secret: 'test_calcom_secret', now: 0 })).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('refuses a Greenhouse signature written sha256=… instead of "sha256 …"', () => {
    const v = synthetic('greenhouse');
    const headers = { Signature: v.header!.Signature!.replace('sha256 ', 'sha256=') };
    expect(verify('greenhouse', { headers, rawBody: fileOf(v), secret: v.secret!, now: 0 })).toEqual({ ok: false, reason: 'malformed_signature' });
  });

  it('deduplicates Greenhouse on Greenhouse-Event-ID', () => {
    const v = synthetic('greenhouse');
    const headers = { ...v.header!, 'Greenhouse-Event-ID': '1b3c5e7a' };
    expect(verify('greenhouse', { headers, rawBody: fileOf(v), secret: v.secret!, now: 0 })).toEqual({ ok: true, deliveryId: '1b3c5e7a' });
  });

  it("deduplicates Ashby on the body's webhookActionId", () => {
    const v = synthetic('ashby');
    expect(verify('ashby', { headers: v.header!, rawBody: fileOf(v), secret: v.secret!, now: 0 })).toEqual({ ok: true, deliveryId: 'wh-aaaa-bbbb-cccc-dddd' });
  });

  it("accepts Lever data changed after signing: Lever signs only token + triggeredAt, so the token's reuse must be refused by the delivery log", () => {
    const { rawBody } = signDelivery('lever', { rawBody: sample('lever-candidateStageChange.fixed-json.json'), secret: 'k', now: 1 });
    const forged = rawBody.replace('candidateStageChange', 'candidateArchiveChange');
    expect(verify('lever', { headers: {}, rawBody: forged, secret: 'k', now: 1 })).toEqual(verify('lever', { headers: {}, rawBody, secret: 'k', now: 1 }));
  });

  it("refuses Lever's published test ping, whose signature is not even hex", () => {
    const rawBody = sample('lever-candidateHired-test-ping.json');
    expect(verify('lever', { headers: {}, rawBody, secret: 'any', now: 1_431_458_021_951 })).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a Lever body that is not JSON as unsigned', () => {
    expect(verify('lever', { headers: {}, rawBody: sample('lever-candidateStageChange.json'), secret: 'k', now: 0 })).toEqual({
      ok: false,
      reason: 'missing_signature',
    });
  });

  it('refuses a Calendly header without its timestamp as malformed', () => {
    const headers = { 'Calendly-Webhook-Signature': 'v1=abc' };
    expect(verify('calendly', { headers, rawBody: '{}', secret: 'k', now: 0 })).toEqual({ ok: false, reason: 'malformed_signature' });
  });
});

describe('secrets and comparison', () => {
  it('generates whsec_ secrets of 32 random bytes that sign and verify', () => {
    const secret = generateSecret('standard');
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const delivery = signDelivery('standard', { rawBody: '{}', secret, now: 0 });
    expect(verify('standard', { ...delivery, secret, now: 0 })).toMatchObject({ ok: true });
  });

  it('generates 64 hex characters for the HMAC providers, and none for Lever, which issues its own', () => {
    expect(generateSecret('calcom')).toMatch(/^[0-9a-f]{64}$/);
    expect(() => generateSecret('lever')).toThrow(/issues its own secret/);
  });

  it('compares signatures of different lengths as unequal without throwing', () => {
    const expected = hmacSha256('k', 'body').toString('hex');
    expect(safeEqual(expected.slice(0, 10), expected)).toBe(false);
    expect(safeEqual(expected, expected)).toBe(true);
  });
});
