import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.ts';
import { mergePatch } from './merge-patch.ts';

describe('mergePatch (RFC 7396)', () => {
  it('merges objects key by key and removes keys set to null', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: null, e: 4 } })).toEqual({ a: 1, b: { d: 3, e: 4 } });
  });

  it('replaces arrays and scalars whole', () => {
    expect(mergePatch({ tags: ['a', 'b'], n: 1 }, { tags: ['c'], n: 'x' })).toEqual({ tags: ['c'], n: 'x' });
  });

  it('leaves its inputs untouched', () => {
    const target = { a: { b: 1 } };
    mergePatch(target, { a: { b: 2 } });
    expect(target).toEqual({ a: { b: 1 } });
  });

  it('replaces the whole document with a patch that is not an object', () => {
    expect(mergePatch({ a: 1 }, ['x'])).toEqual(['x']);
  });
});

describe('mergePatch depth', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it('merges a patch 32 levels deep', () => {
    expect(() => mergePatch({}, nested(32))).not.toThrow();
  });

  it('refuses a patch nested beyond 32 levels with a ValidationError on (body), even 100,000 deep (no stack overflow)', () => {
    for (const depth of [33, 5_000, 100_000]) {
      try {
        mergePatch({ a: 1 }, nested(depth));
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).errors).toEqual([{ path: '(body)', message: 'must not nest more than 32 levels deep' }]);
      }
    }
  });

  it('counts arrays as levels too', () => {
    let value: unknown = 1;
    for (let i = 0; i < 40; i++) value = [value];
    expect(() => mergePatch({}, { a: value })).toThrow(ValidationError);
  });
});
