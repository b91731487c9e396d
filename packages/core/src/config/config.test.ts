import { describe, expect, it } from 'vitest';
import { loadConfig, loadLogConfig } from './config.ts';
import { ConfigError } from '../errors/errors.ts';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ tableName: 'followup', retentionDays: 180, dueShards: 4, apiKeys: [], local: { host: '127.0.0.1', port: 3000 } });
    expect(config.dynamo.endpoint).toBeUndefined();
    expect(config.local.dataDir).toMatch(/\/\.data$/);
  });

  it('reads tenant:key pairs from FOLLOWUP_API_KEYS', () => {
    expect(loadConfig({ FOLLOWUP_API_KEYS: 'acme:0123456789abcdef, globex:fedcba9876543210' }).apiKeys).toEqual([
      { tenant: 'acme', key: '0123456789abcdef' },
      { tenant: 'globex', key: 'fedcba9876543210' },
    ]);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ FOLLOWUP_API_KEYS: 'acme', FOLLOWUP_RETENTION_DAYS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ FOLLOWUP_API_KEYS: 'acme:short' })).toThrow(/FOLLOWUP_API_KEYS: each entry must be tenant:key/);
    expect(() => loadConfig({ FOLLOWUP_RETENTION_DAYS: '0' })).toThrow(/FOLLOWUP_RETENTION_DAYS/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).local.port).toBe(3000);
  });
});

describe('loadLogConfig', () => {
  it('logs JSON on Lambda and one line per event elsewhere, at info unless told', () => {
    expect(loadLogConfig({ AWS_LAMBDA_FUNCTION_NAME: 'followup-api' })).toEqual({ format: 'json', level: 'info' });
    expect(loadLogConfig({})).toEqual({ format: 'pretty', level: 'info' });
    expect(loadLogConfig({ FOLLOWUP_LOG_FORMAT: 'json', FOLLOWUP_LOG_LEVEL: 'silent' })).toEqual({ format: 'json', level: 'silent' });
  });

  it('names a bad level', () => {
    expect(() => loadLogConfig({ FOLLOWUP_LOG_LEVEL: 'loud' })).toThrow(/FOLLOWUP_LOG_LEVEL/);
  });
});
