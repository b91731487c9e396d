import { describe, expect, it } from 'vitest';
import { renderDraftOutput } from './cli-output.ts';
import { NOW, RECORDS } from '../test/records.ts';

describe('renderDraftOutput (followup draft FILE --kind KIND --format …)', () => {
  it('text: the heading, recipient, subject, body and findings', () => {
    const out = renderDraftOutput(RECORDS.noContacts, 'thank_you', 'text', { now: NOW });
    expect(out).toMatch(/^Thank-you email: Senior Backend Engineer at Acme Robotics \(email\)\n\nTo: Acme Robotics hiring team\nSubject: Thank you for/);
    expect(out).toContain('  Dear Acme Robotics Hiring Team,');
    expect(out).toMatch(/Findings:\n {2}\[check\] No contact is recorded/);
  });

  it('json: the draft object as returned by draft()', () => {
    const parsed = JSON.parse(renderDraftOutput(RECORDS.full, 'follow_up_2', 'json', { now: NOW }));
    expect(parsed).toMatchObject({ kind: 'follow_up_2', channel: 'email', to: { name: 'Dana Kim' }, findings: [] });
  });

  it('html: the reminder email, with inert preview links', () => {
    const html = renderDraftOutput(RECORDS.full, 'correction', 'html', { now: NOW, context: { correction: { wrong: 'Globex', right: 'Acme Robotics' } } });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('https://followup.invalid/preview/sent');
    expect(html).toContain('I wrote &quot;Globex&quot; where I meant &quot;Acme Robotics&quot;');
  });
});
