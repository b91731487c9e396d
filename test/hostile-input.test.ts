/**
 * Issue 11, items 3 and 4: text that reaches a header is clean, unknown fields are refused, and
 * a record that is accepted always renders (every draft of its plan, and the reminder).
 */
import { plan } from '@followup/core/planner';
import { parseRecord, type InterviewRecord } from '@followup/core/record';
import { ValidationError } from '@followup/core/errors';
import { companionDraft, draft, renderReminder, type ReminderLinks } from '@followup/templates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleRecord, useTestApi } from './support/api.ts';

const api = useTestApi();
const NOW = Date.parse('2025-01-13T12:00:00Z');
const LINKS: ReminderLinks = {
  sent: 'https://followup.test/a/sent?t=1',
  replied: { offer: 'https://followup.test/a/offer', next_round: 'https://followup.test/a/next', rejection: 'https://followup.test/a/no', other: 'https://followup.test/a/other' },
  snooze: 'https://followup.test/a/snooze',
  stop: 'https://followup.test/a/stop',
  unsubscribe: 'https://followup.test/a/unsubscribe?t=9',
};

/** A record with `text` in every field that reaches a header or a link. */
function everywhere(text: string, url = 'https://www.linkedin.com/in/dana-kim'): Record<string, unknown> {
  return sampleRecord({
    externalId: `x-${text}`,
    candidate: { name: text, email: 'ann@example.com', timeZone: 'America/New_York', country: 'US' },
    company: { name: text, country: 'US', jobPostingUrl: url },
    role: text,
    contacts: [
      { name: text, relation: 'interviewer', email: 'bo@acme.example', title: text, linkedinUrl: url, preferredName: text },
      { name: `${text} Two`, relation: 'recruiter', email: 'rae@acme.example' },
    ],
    notes: { topics: [text], projects: [text], skills: [text], strengths: [text], concerns: [text], answers: [{ concern: text, answer: `${text}\nand more` }] },
  });
}

/** What the milestone function does for each milestone of the plan (see delivery/send-reminder.ts). */
function renderAll(record: InterviewRecord): number {
  const milestones = plan(record, { now: NOW });
  for (const m of milestones) {
    const reminder = renderReminder(m, draft(m.kind, record, { now: NOW }), milestones, LINKS, { alsoDraft: companionDraft(m.kind, record, { now: NOW }) });
    // Nothing the record carries can add a header line or break the subject.
    expect(reminder.subject).not.toMatch(/[\r\n\u0000]/);
    for (const value of Object.values(reminder.headers)) expect(value).not.toMatch(/[\r\n]/);
    for (const [, mailto] of reminder.html.matchAll(/href="(mailto:[^"]*)"/g)) expect(() => new URL(mailto!.replace(/&amp;/g, '&'))).not.toThrow();
  }
  return milestones.length;
}

const accepted = (input: unknown): InterviewRecord | undefined => {
  try {
    return parseRecord(input);
  } catch (error) {
    if (error instanceof ValidationError) return undefined;
    throw error;
  }
};

describe('hostile text (issue 11, item 3)', () => {
  const HOSTILE: [string, Record<string, unknown>, string][] = [
    ['CR/LF in company.name', { company: { name: 'Acme\r\nBcc: all@evil.example' } }, 'company.name'],
    ['LF in role', { role: 'Engineer\nX-Injected: 1' }, 'role'],
    ['a lone surrogate in role', { role: 'Engineer \uD83D' }, 'role'],
    ['NUL in a contact name', { contacts: [{ name: 'Bo\u0000Chen', relation: 'interviewer' }] }, 'contacts.0.name'],
    ['DEL in a contact title', { contacts: [{ name: 'Bo Chen', relation: 'interviewer', title: 'Lead\u007f' }] }, 'contacts.0.title'],
    ['C1 NEL in the candidate name', { candidate: { name: 'Ann\u0085Lee', email: 'ann@example.com', timeZone: 'America/New_York' } }, 'candidate.name'],
    ['U+2028 in externalId', { externalId: 'ats\u2028-1' }, 'externalId'],
    ['a line break in a topic (it can reach the subject)', { notes: { topics: ['event\nsourcing'] } }, 'notes.topics.0'],
    ['NUL in an answer', { notes: { answers: [{ concern: 'Go', answer: 'yes\u0000' }] } }, 'notes.answers.0.answer'],
    ['a quote in a LinkedIn URL', { contacts: [{ name: 'Bo Chen', relation: 'interviewer', linkedinUrl: 'https://www.linkedin.com/in/bo"onclick="x' }] }, 'contacts.0.linkedinUrl'],
    ['a space in a job posting URL', { company: { name: 'Acme', jobPostingUrl: 'https://acme.example/jobs/1 2' } }, 'company.jobPostingUrl'],
    ['a javascript: job posting URL', { company: { name: 'Acme', jobPostingUrl: 'javascript:alert(1)' } }, 'company.jobPostingUrl'],
  ];

  it.each(HOSTILE)('refuses %s with a 422 naming the field', async (_, overrides, path) => {
    const res = await api.call('POST', '/v1/interviews', { body: sampleRecord(overrides) });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(errors.map((e) => e.path)).toEqual([path]);
  });

  it.each([
    ['emoji with a skin tone and a ZWJ', 'Ana 👩🏽‍💻 Studio 🚀'],
    ['diacritics', 'Nguyễn Thị Lan · Zoë Ångström-Øre'],
    ['CJK', '株式会社テスト 東京'],
    ['Arabic (RTL)', 'شركة المثال للبرمجيات'],
    ['Hebrew (RTL) with Latin', 'דנה כהן Labs'],
    ['quotes, ampersands and markup (escaped, never interpreted)', `O'Brien & "Sons" <b>Ltd</b>`],
  ])('accepts %s, and every draft and reminder of its plan renders', async (_, text) => {
    const res = await api.call('POST', '/v1/interviews', { body: everywhere(text) });
    expect(res.status).toBe(201);
    expect(renderAll(parseRecord(everywhere(text)))).toBeGreaterThan(0);
  });

  it('renders every record it accepts, whatever the text (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('\r', '\n', '\t', '\u0000', '\u0085', '\u2028', '\uD83D', '\uDE00', '"', '<', ' '), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 24 });
    const url = fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 }).map((s) => `https://x.example/${s}`));
    fc.assert(
      fc.property(text, url, (t, u) => {
        const record = accepted(everywhere(t, u));
        if (record) renderAll(record);
      }),
      { numRuns: 25 },
    );
  });
});

describe('unknown fields (issue 11, item 4)', () => {
  it('refuses a typo in the record with a 422 naming it, instead of dropping it', async () => {
    const res = await api.call('POST', '/v1/interviews', { body: sampleRecord({ decisionExpectedby: '2025-01-24' }) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([{ path: 'decisionExpectedby', message: 'is not a known field' }]);
  });

  it('names each unknown field of every nested object by its dotted path', async () => {
    const body = sampleRecord({
      candidate: { name: 'Ann Lee', email: 'ann@example.com', timeZone: 'America/New_York', phone: '555' },
      company: { name: 'Acme', hq: 'Boston' },
      contacts: [{ name: 'Bo Chen', relation: 'interviewer', linkedin: 'x' }],
      interview: { startsAt: '2025-01-14T10:00:00-05:00', room: '4B' },
      preferences: { sendWindow: { start: '09:00', end: '17:00', tz: 'x' } },
      notes: { topics: [], mood: 'good' },
    });
    const { errors } = (await (await api.call('POST', '/v1/interviews', { body })).json()) as { errors: { path: string }[] };
    expect(errors.map((e) => e.path).sort()).toEqual(['candidate.phone', 'company.hq', 'contacts.0.linkedin', 'interview.room', 'notes.mood', 'preferences.sendWindow.tz']);
  });

  it('refuses unknown fields of a lifecycle event and of a merge patch', async () => {
    const created = await api.create();
    const event = await api.call('POST', `/v1/interviews/${created.id}/events`, { body: { type: 'reply', decisionExpectedby: '2025-01-24' } });
    expect(event.status).toBe(422);
    expect(((await event.json()) as { errors: unknown[] }).errors).toEqual([{ path: 'decisionExpectedby', message: 'is not a known field' }]);
    const patch = await api.call('PATCH', `/v1/interviews/${created.id}`, { body: { company: { sector: 'robots' } }, headers: { 'if-match': '"1"' } });
    expect(patch.status).toBe(422);
    expect(((await patch.json()) as { errors: unknown[] }).errors).toEqual([{ path: 'company.sector', message: 'is not a known field' }]);
  });
});

describe('webhook endpoint registration (issue 11, items 3 and 4)', () => {
  it('refuses unknown fields and defaults that would reach a subject with a control character', async () => {
    const typo = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'calcom', defaults: { company: 'Acme', rol: 'x' }, sekret: 'y' } });
    expect(typo.status).toBe(422);
    expect(((await typo.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(['defaults.rol', 'sekret']);
    const crlf = await api.call('POST', '/v1/webhook-endpoints', { body: { provider: 'calcom', defaults: { role: 'Engineer\r\nBcc: x@evil.example' } } });
    expect(crlf.status).toBe(422);
    expect(((await crlf.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['defaults.role']);
  });
});
