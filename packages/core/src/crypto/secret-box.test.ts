import { describe, expect, it } from 'vitest';
import { SecretBox, SecretUnreadable } from './secret-box.ts';

const KEY = 'test-webhook-secret-key-0123456789abcdef';

describe('SecretBox', () => {
  const box = new SecretBox(KEY);

  it('opens what it sealed, for the same owner, and never stores the plaintext', () => {
    const sealed = box.seal('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'endpoint#1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('MfKQ9r8');
    expect(box.open(sealed, 'endpoint#1')).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
  });

  it('seals the same secret differently each time (a fresh iv)', () => {
    expect(box.seal('s', 'o')).not.toBe(box.seal('s', 'o'));
  });

  it('refuses another owner, another key, and a flipped byte', () => {
    const sealed = box.seal('secret', 'endpoint#1');
    expect(() => box.open(sealed, 'endpoint#2')).toThrow(SecretUnreadable);
    expect(() => new SecretBox(`${KEY}-other`).open(sealed, 'endpoint#1')).toThrow(SecretUnreadable);
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => box.open(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`, 'endpoint#1')).toThrow(SecretUnreadable);
    expect(() => box.open('v2.x.y', 'endpoint#1')).toThrow(SecretUnreadable);
  });

  it('wants 32 characters of key material at least', () => {
    expect(() => new SecretBox('short')).toThrow(/32 characters/);
  });
});
