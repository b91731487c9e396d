/**
 * How the interview service checks a record on create and patch: the record's schema (zod).
 * Only the functions that take records in (the API, the local server) pass it to the service;
 * the delivery functions (claim, outcome, bounces) never parse a record and never load zod.
 *
 * @example new InterviewService({ store, dispatcher, clock, newId, records: recordRules })
 */
import { ValidationError } from '../errors/errors.ts';
import { fieldErrors, interviewRecordSchema, parseRecord, type InterviewRecord } from '../record/record.ts';

/** The record as validated by its schema, before defaults: what is stored and patched. */
export type RecordInput = Record<string, unknown>;

export interface RecordRules {
  /** A valid record with its defaults, or a `ValidationError` naming every bad field. */
  parse(input: unknown): InterviewRecord;
  /** The input as stored (schema-checked, before defaults), or a `ValidationError`. */
  check(value: unknown): RecordInput;
}

export const recordRules: RecordRules = {
  parse: parseRecord,
  check(value) {
    const parsed = interviewRecordSchema.safeParse(value);
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error));
    return parsed.data;
  },
};
