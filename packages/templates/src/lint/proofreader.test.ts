import { describe, expect, it } from 'vitest';
import { recordWith, NOW } from '../../test/records.ts';
import { draft } from '../draft/draft.ts';
import type { DraftText } from '../types.ts';
import { lint } from './lint.ts';

const record = recordWith({ company: { name: 'Quanta Cloud GmbH', culture: 'formal' }, contacts: [{ name: 'Dr. Priya Raman', email: 'p@q.example', relation: 'interviewer' }, { name: 'Nguyễn Thị Lan', email: 'l@q.example', relation: 'interviewer' }] });
const email = (body: string, subject = 'Thank you'): DraftText => ({ kind: 'thank_you', channel: 'email', subject, body });
const rules = (d: DraftText, earlier?: DraftText[]) => lint(d, record, { earlier }).map((f) => f.rule);
const sign = '\n\nKind regards,\nJane Doe\njane.doe@example.com';

describe('the proofreader catches what slips through', () => {
  it('a greeting word that is a title or a family name, not a given name', () => {
    expect(rules(email(`Hi Dr.,\n\nThanks for the chat about event-driven billing.${sign}`))).toContain('greeting');
    expect(rules(email(`Hi Nguyễn,\n\nThanks for the chat about event-driven billing.${sign}`))).toContain('greeting');
    expect(rules(email(`Hi Priya,\n\nThanks for the chat about event-driven billing.${sign}`))).not.toContain('greeting');
  });

  it('"..", "?." and a comma against a period, but not an ellipsis', () => {
    expect(rules(email(`Dear Dr. Raman,\n\nI enjoyed joining Acme Widgets, Inc.. It was great.${sign}`))).toContain('punctuation');
    expect(rules(email(`Dear Dr. Raman,\n\nWe discussed why churn spiked?. It was great.${sign}`))).toContain('punctuation');
    expect(rules(email(`Dear Dr. Raman,\n\nWell... event-driven billing was great.${sign}`))).not.toContain('punctuation');
  });

  it('"generic" only when no note is named, in any wording: a question recast, a verb in another tense, a long note by its first clause', () => {
    const noted = (topics: string[]) => recordWith({ notes: { topics, projects: [], skills: [], strengths: [], concerns: [] } });
    const generic = (body: string, topics: string[]) => lint(email(`Dear Dana,\n\n${body}${sign}`), noted(topics)).some((f) => f.rule === 'generic');
    expect(generic('I valued our discussion of whether churn spiked after the pricing change.', ['Did churn spike after the pricing change?'])).toBe(false);
    expect(generic('I particularly enjoyed explaining why I chose commercial law.', ['Why did you choose commercial law?'])).toBe(false);
    expect(generic('I was interested in what you said about the team moving to Kafka.', ['the team is moving to Kafka.'])).toBe(false);
    expect(generic('We discussed how the billing platform moves from nightly batch jobs to event-driven ledgers.', ['how the billing platform moves from nightly batch jobs to event-driven ledgers, and what that means for reconciliation and auditing'])).toBe(false);
    // The words must be in one sentence, and all of them: a stray "pricing" or "team" is no citation.
    expect(generic('The pricing was clear. Nothing churned.', ['Did churn spike after the pricing change?'])).toBe(true);
    expect(generic('I enjoyed meeting the team.', ['the team is moving to Kafka.'])).toBe(true);
  });

  it('a subject over 70 characters', () => {
    expect(rules(email(`Dear Dr. Raman,\n\nevent-driven billing${sign}`, 'x'.repeat(71)))).toContain('subject_length');
    expect(rules(email(`Dear Dr. Raman,\n\nevent-driven billing${sign}`, 'x'.repeat(70)))).not.toContain('subject_length');
  });

  it('a legal form in running text', () => {
    expect(rules(email(`Dear Dr. Raman,\n\nI would love to join Quanta Cloud GmbH and work on event-driven billing.${sign}`))).toContain('legal_suffix');
    expect(rules(email(`Dear Dr. Raman,\n\nI would love to join Quanta Cloud and work on event-driven billing.${sign}`))).not.toContain('legal_suffix');
  });

  it('first-person words inside advice to the candidate', () => {
    const advice = (body: string): DraftText => ({ kind: 'next_round_prep', channel: 'email', body });
    expect(rules(advice('- Bring up how I led a similar migration at my last job.'))).toContain('person');
    expect(rules(advice('- Bring up how you led a similar migration at your last job.'))).not.toContain('person');
  });

  it('a frame repeated from an earlier draft of the same interview', () => {
    const earlier = [email(`Dear Dr. Raman,\n\nI remain very interested in joining the team and its work on event-driven billing.${sign}`)];
    expect(rules(email(`Dear Dr. Raman,\n\nAgain, I remain very interested in joining the team and its work this year.${sign}`), earlier)).toContain('repeated_frame');
    expect(rules(email(`Dear Dr. Raman,\n\nSomething new: the on-call rota we discussed sounds well run.${sign}`), earlier)).not.toContain('repeated_frame');
  });

  it('a repeated word in the prose, but not the signature under it', () => {
    expect(rules(email(`Dear Dr. Raman,\n\nI enjoyed the the talk on event-driven billing.${sign}`))).toContain('repeated_word');
    expect(rules(email(`Dear Dr. Raman,\n\nThank you, Jane Doe\n\nJane Doe\njane.doe@example.com`))).not.toContain('repeated_word');
  });

  it('"a" before a vowel sound (retext-indefinite-article)', () => {
    expect(rules(email(`Dear Dr. Raman,\n\nIt was a event-driven billing talk.${sign}`))).toContain('article');
  });

  it('flags a family-name-first contact without preferredName on the draft itself', () => {
    const d = draft('thank_you', recordWith({ contacts: [{ name: 'Nguyễn Thị Lan', email: 'l@q.example', relation: 'hiring_manager' }] }), { now: NOW });
    // Greeted by the name as written, not a bare "Hello,"; the finding still asks for preferredName.
    expect(d.body).toMatch(/^Dear Nguyễn Thị Lan,\n/);
    expect(d.findings.map((f) => f.rule)).toContain('preferred_name');
  });
});
