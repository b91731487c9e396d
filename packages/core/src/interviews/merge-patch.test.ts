import { describe, expect, it } from 'vitest';
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
