import { parseArgs } from 'node:util';
import { plan, type Milestone } from '@followup/core';
import { planningOf } from '@followup/core/settings';
import { oneOf, parseNow, readRecord, readSettings } from './read-record.ts';
import { UsageError } from './usage.ts';

/** Columns a person can read; the reason gets the rest of the line. */
function table(milestones: Milestone[]): string {
  const rows = milestones.map((m) => [m.kind, m.status, m.localDueAt.replace('T', ' ').slice(0, 16) + m.localDueAt.slice(19), m.reason]);
  const header = ['KIND', 'STATUS', 'DUE (CANDIDATE TIME)', 'WHY'];
  const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows].map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n') + '\n';
}

/**
 * `followup plan FILE [--now ISO] [--format json|table] [--settings SETTINGS.json]`: the plan, with
 * a tenant's settings when given (the body of `PUT /v1/settings`).
 * @example await planCommand(['record.json', '--format', 'table', '--settings', 'acme.json'], clock.now)
 */
export async function planCommand(args: string[], now: () => number): Promise<string> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { now: { type: 'string' }, format: { type: 'string' }, settings: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('plan takes exactly one FILE');
  const format = oneOf('--format', values.format, ['json', 'table'] as const, 'json');
  const at = parseNow(values.now, now);
  const record = await readRecord(positionals[0]!);
  const tenant = values.settings === undefined ? {} : planningOf({ settings: await readSettings(values.settings), closures: new Map() });
  const milestones = plan(record, { ...tenant, now: at });
  return format === 'table' ? table(milestones) : JSON.stringify({ milestones }, null, 2) + '\n';
}
