import { describe, expect, it } from 'vitest';
import { createLog, logReminder, redactPath } from './log.ts';

const collect = (format: 'json' | 'pretty', level: 'info' | 'silent' = 'info') => {
  const lines: string[] = [];
  return { lines, log: createLog({ format, level }, (line) => lines.push(line)) };
};

describe('the log', () => {
  it('writes one readable line per request locally: method, path, status, ms, ids', () => {
    const { lines, log } = collect('pretty');
    log.request({ method: 'POST', path: '/v1/interviews/iv_1/events', status: 200, ms: 12.4, tenant: 'acme', interviewId: 'iv_1' });
    expect(lines).toEqual([expect.stringMatching(/^\d\d:\d\d:\d\d POST \/v1\/interviews\/iv_1\/events 200 12ms tenant=acme interview=iv_1\n$/)]);
  });

  it('writes Powertools JSON on Lambda, with tenant and interview ids as fields, and the error of a 5xx', () => {
    const { lines, log } = collect('json');
    log.request({ method: 'GET', path: '/v1/interviews/iv_1', status: 200, ms: 3, tenant: 'acme', interviewId: 'iv_1' });
    log.request({ method: 'GET', path: '/v1/interviews/iv_2', status: 503, ms: 9, tenant: 'acme', interviewId: 'iv_2', error: new Error('throttled') });
    const [ok, failed] = lines.map((l) => JSON.parse(l));
    expect(ok).toMatchObject({ level: 'INFO', message: 'request', service: 'followup', method: 'GET', path: '/v1/interviews/iv_1', status: 200, ms: 3, tenant: 'acme', interviewId: 'iv_1', timestamp: expect.any(String) });
    expect(failed).toMatchObject({ level: 'ERROR', message: 'request failed', status: 503, error: { name: 'Error', message: 'throttled' } });
  });

  it('never writes link or feed tokens', () => {
    expect(redactPath('/a/eyJ0ZW5hbnQ.c2lnbmF0dXJl')).toBe('/a/[token]');
    expect(redactPath('/feeds/eyJ0.c2ln.ics')).toBe('/feeds/[token].ics');
    expect(redactPath('/v1/interviews/iv_1')).toBe('/v1/interviews/iv_1');
    for (const format of ['json', 'pretty'] as const) {
      const { lines, log } = collect(format);
      log.request({ method: 'GET', path: '/a/eyJ0ZW5hbnQ.c2lnbmF0dXJl', status: 200, ms: 1 });
      log.request({ method: 'GET', path: '/feeds/eyJ0.c2ln.ics', status: 200, ms: 1 });
      expect(lines.join('')).not.toMatch(/eyJ0|c2ln/);
    }
  });

  it('logs a reminder sent or failed for the delivery code, with its milestone', () => {
    const { lines, log } = collect('json');
    logReminder({ outcome: 'sent', tenant: 'acme', interviewId: 'iv_1', milestone: 'thank_you', messageId: 'm-1' }, log);
    logReminder({ outcome: 'failed', tenant: 'acme', interviewId: 'iv_1', milestone: 'follow_up_1', error: new Error('SES said no') }, log);
    const [sent, failed] = lines.map((l) => JSON.parse(l));
    expect(sent).toMatchObject({ level: 'INFO', message: 'reminder sent', tenant: 'acme', interviewId: 'iv_1', milestone: 'thank_you', messageId: 'm-1' });
    expect(failed).toMatchObject({ level: 'ERROR', message: 'reminder failed', milestone: 'follow_up_1', error: { message: 'SES said no' } });
    const pretty = collect('pretty');
    logReminder({ outcome: 'sent', tenant: 'acme', interviewId: 'iv_1', milestone: 'thank_you' }, pretty.log);
    expect(pretty.lines[0]).toMatch(/ reminder sent tenant=acme interview=iv_1 milestone=thank_you\n$/);
  });

  it('says nothing at level silent', () => {
    const { lines, log } = collect('pretty', 'silent');
    log.request({ method: 'GET', path: '/health', status: 200, ms: 1 });
    expect(lines).toEqual([]);
  });
});
