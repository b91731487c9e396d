import { parseArgs } from 'node:util';
import { loadConfig } from '@followup/core/config';
import { sha256 } from '@followup/core/store';
import { keyPrefix, newApiKey } from '../local/api-keys.ts';
import { openKeyTable } from './table.ts';
import { InputError, UsageError } from './usage.ts';

const TENANT = /^[A-Za-z0-9_-]{1,64}$/;

type KeyInfo = Awaited<ReturnType<import('@followup/core/ports').ApiKeyStore['list']>>[number];

const row = (k: KeyInfo) => [k.id, k.tenant, k.prefix ? `${k.prefix}…` : '-', k.createdAt ?? '-'];

function table(keys: KeyInfo[]): string {
  if (keys.length === 0) return 'no keys\n';
  const rows = [['ID', 'TENANT', 'KEY', 'CREATED'], ...keys.map(row)];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/**
 * `followup keys create --tenant T | list [--tenant T] [--format table|json] | revoke ID-OR-PREFIX`, each
 * with `--aws` for the stage's table. The key is printed once, alone on standard output; only its
 * SHA-256 is stored.
 * @example KEY=$(npx followup keys create --tenant acme)
 */
export async function keysCommand(args: string[], now: () => number, err: NodeJS.WritableStream): Promise<string> {
  const [action, ...rest] = args;
  if (!action || !['create', 'list', 'revoke'].includes(action)) throw new UsageError(`keys takes create, list or revoke${action ? ` (got ${action})` : ''}`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { tenant: { type: 'string' }, aws: { type: 'boolean' }, format: { type: 'string' } } });
  if (values.tenant !== undefined && !TENANT.test(values.tenant)) throw new UsageError(`--tenant must be 1 to 64 letters, digits, _ or - (got ${values.tenant})`);
  if (action === 'create' && !values.tenant) throw new UsageError('keys create: --tenant is required');
  if (action === 'revoke' && positionals.length !== 1) throw new UsageError('keys revoke takes exactly one key id or key prefix (see keys list)');
  if (action !== 'revoke' && positionals.length > 0) throw new UsageError(`keys ${action} takes no ${positionals[0]}`);
  if (values.format !== undefined && (action !== 'list' || !['table', 'json'].includes(values.format))) throw new UsageError('--format table|json is for keys list');
  const config = loadConfig();
  const keys = await openKeyTable(config, { aws: values.aws ?? false });
  try {
    if (action === 'create') {
      const key = newApiKey();
      const createdAt = new Date(now()).toISOString();
      await keys.store.put(sha256(key), values.tenant!, { prefix: keyPrefix(key), createdAt });
      err.write(`followup: key key_${sha256(key).slice(0, 12)} for tenant ${values.tenant} in ${keys.where}; it is shown once, only its hash is kept\n`);
      return `${key}\n`;
    }
    if (action === 'list') {
      const list = await keys.store.list(values.tenant);
      return values.format === 'json' ? `${JSON.stringify(list.map(({ keyHash: _, ...k }) => k), null, 2)}\n` : table(list);
    }
    const wanted = positionals[0]!.replace(/…$/, '');
    const matches = (await keys.store.list()).filter((k) => k.id === wanted || (wanted.length >= 7 && k.prefix !== undefined && wanted.startsWith(k.prefix)) || (wanted.startsWith('key_') && wanted.length >= 8 && k.id.startsWith(wanted)));
    if (matches.length === 0) throw new InputError(`no key ${wanted} in ${keys.where} (see keys list)`);
    if (matches.length > 1) throw new InputError(`${wanted} names ${matches.length} keys (${matches.map((k) => k.id).join(', ')}); give the key id`);
    await keys.store.revoke(matches[0]!.keyHash);
    return `revoked ${matches[0]!.id} (tenant ${matches[0]!.tenant}); a running API may accept it for up to a minute more\n`;
  } finally {
    await keys.close();
  }
}
