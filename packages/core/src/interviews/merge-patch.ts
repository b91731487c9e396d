import { ValidationError } from '../errors/errors.ts';

/** How deep a patch may nest objects: a record is four levels deep; 32 leaves room and bounds the recursion. */
export const MAX_PATCH_DEPTH = 32;

/**
 * RFC 7396 JSON merge patch: objects merge key by key, `null` removes a key, anything else
 * (arrays included) replaces. Inputs are left untouched. A patch nesting objects or arrays more
 * than 32 levels deep is a `ValidationError` on `(body)`, checked before merging (iteratively),
 * so no patch can overflow the stack.
 * @example mergePatch({ a: 1, b: { c: 2 } }, { b: { c: null, d: 3 } }) // { a: 1, b: { d: 3 } }
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (depthOf(patch) > MAX_PATCH_DEPTH) {
    throw new ValidationError([{ path: '(body)', message: `must not nest more than ${MAX_PATCH_DEPTH} levels deep` }]);
  }
  return merge(target, patch);
}

function merge(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = merge(result[key], value);
  }
  return result;
}

/** Levels of objects and arrays in `value` (a scalar: 0), without recursion; stops once past the limit. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_PATCH_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
