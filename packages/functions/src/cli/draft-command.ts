import { parseArgs } from 'node:util';
import { plan } from '@followup/core';
import { DRAFT_KINDS, DraftNotAvailable, OUTPUT_FORMATS, renderDraftOutput } from '@followup/templates';
import { oneOf, parseNow, readRecord } from './read-record.ts';
import { InputError, UsageError } from './usage.ts';

/**
 * `followup draft FILE --kind KIND [--now ISO] [--format text|json|html] [--wrong X --right Y]`
 * @example await draftCommand(['record.json', '--kind', 'thank_you'], clock.now)
 */
export async function draftCommand(args: string[], now: () => number): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: 'string' }, now: { type: 'string' }, format: { type: 'string' }, wrong: { type: 'string' }, right: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('draft takes exactly one FILE');
  if (values.kind === undefined) throw new UsageError(`--kind is required: one of ${DRAFT_KINDS.join(', ')}`);
  const kind = oneOf('--kind', values.kind, DRAFT_KINDS, 'thank_you');
  const format = oneOf('--format', values.format, OUTPUT_FORMATS, 'text');
  if (kind === 'correction' && (!values.wrong || !values.right)) throw new UsageError('--kind correction needs --wrong TEXT and --right TEXT');
  const at = parseNow(values.now, now);
  const record = await readRecord(positionals[0]!);
  const correction = values.wrong && values.right ? { wrong: values.wrong, right: values.right } : undefined;
  try {
    return renderDraftOutput(record, kind, format, { now: at, context: { correction }, plan: plan(record, { now: at }) });
  } catch (error) {
    if (error instanceof DraftNotAvailable) throw new InputError(error.message);
    throw error;
  }
}
