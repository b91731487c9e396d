/**
 * JSON values ⇄ DynamoDB attribute values, for the nested parts of an item (milestones).
 * `undefined` object fields are left out, as JSON.stringify would.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** @example toAttribute({ kind: 'thank_you', revision: 1 }) // { M: { kind: { S: 'thank_you' }, revision: { N: '1' } } } */
export function toAttribute(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttribute) };
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return { M: Object.fromEntries(entries.map(([k, v]) => [k, toAttribute(v)])) };
}

/** The inverse of `toAttribute`. */
export function fromAttribute(attribute: AttributeValue): unknown {
  if (attribute.S !== undefined) return attribute.S;
  if (attribute.N !== undefined) return Number(attribute.N);
  if (attribute.BOOL !== undefined) return attribute.BOOL;
  if (attribute.L !== undefined) return attribute.L.map(fromAttribute);
  if (attribute.M !== undefined) return Object.fromEntries(Object.entries(attribute.M).map(([k, v]) => [k, fromAttribute(v)]));
  return null;
}
