/** The reminder and the reply address (issue 13): the mailto Bccs it, and two sentences say so. */
import { describe, expect, it } from 'vitest';
import { draft, renderReminder } from '@followup/templates';
import { parseRecord } from '@followup/core/record';
import { start } from '@followup/core/lifecycle';
import { sampleRecord } from '../packages/functions/src/cli/example-record.ts';

const NOW = Date.parse('2025-01-21T14:00:00Z');
const record = parseRecord(sampleRecord());
const [state] = start(record, { now: Date.parse('2025-01-14T20:00:00Z') });
const current = state.milestones.find((m) => m.kind === 'follow_up_1')!;
const links = {
  sent: 'https://app.example/a/s', replied: { offer: 'https://app.example/a/o', next_round: 'https://app.example/a/n', rejection: 'https://app.example/a/r', other: 'https://app.example/a/x' },
  snooze: 'https://app.example/a/z', stop: 'https://app.example/a/t', unsubscribe: 'https://app.example/a/u',
};
const REPLY = 'mfrw2zi.uabc.xyz@replies.followup.localhost';

describe('renderReminder with a reply address', () => {
  it('puts the reply address in the mailto bcc and says, one sentence each, why and where to forward', () => {
    const r = renderReminder(current, draft('follow_up_1', record, { now: NOW }), state.milestones, links, { replyAddress: REPLY });
    const mailto = /href="(mailto:[^"]+)"/.exec(r.html)![1]!.replace(/&amp;/g, '&');
    expect(new URL(mailto).searchParams.get('bcc')).toBe(REPLY);
    expect(mailto.startsWith('mailto:bo@acme.example?bcc=')).toBe(true);
    const html = r.html.replace(/&#39;/g, "'");
    for (const part of [html, r.text]) {
      expect(part).toContain("We've added a Bcc so we know you sent it.");
      expect(part).toContain(`Forward their answer to ${REPLY} and we'll pause the follow-ups.`);
    }
  });

  it('without one, carries neither (the option is additive)', () => {
    const r = renderReminder(current, draft('follow_up_1', record, { now: NOW }), state.milestones, links);
    expect(r.html).not.toContain('bcc=');
    expect(r.text).not.toContain('Bcc');
  });
});
