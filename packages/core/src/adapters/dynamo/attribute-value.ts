/**
 * JSON values ⇄ DynamoDB attribute values, for the nested parts of an item (milestones).
 * `undefined` object fields are left out, as JSON.stringify would.
 *
 * Plain loops rather than Object.entries/fromEntries: these run on every read and write of an
 * interview, and the intermediate arrays made them about five times slower.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** @example toAttribute({ kind: 'thank_you', revision: 1 }) // { M: { kind: { S: 'thank_you' }, revision: { N: '1' } } } */
export function toAttribute(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttribute) };
  const object = value as Record<string, unknown>;
  const M: Record<string, AttributeValue> = {};
  for (const key of Object.keys(object)) {
    if (object[key] !== undefined) M[key] = toAttribute(object[key]);
  }
  return { M };
}

/** The inverse of `toAttribute`. */
export function fromAttribute(attribute: AttributeValue): unknown {
  if (attribute.S !== undefined) return attribute.S;
  if (attribute.N !== undefined) return Number(attribute.N);
  if (attribute.BOOL !== undefined) return attribute.BOOL;
  if (attribute.L !== undefined) return attribute.L.map(fromAttribute);
  if (attribute.M !== undefined) {
    const object: Record<string, unknown> = {};
    for (const key of Object.keys(attribute.M)) object[key] = fromAttribute(attribute.M[key]!);
    return object;
  }
  return null;
}
