import { describe, expect, it } from 'vitest';
import { draft } from '../draft/draft.ts';
import { NOW, RECORDS } from '../../test/records.ts';
import type { DraftText, Finding, FindingRule } from '../types.ts';
import { excerpt } from './rule.ts';
import { lint } from './lint.ts';

const record = RECORDS.full;
const clean = draft('follow_up_1', record, { now: NOW });
const note = draft('linkedin_connect', record, { now: NOW });

/** The clean draft with one sentence of its body replaced. */
function seeded(from: string, to: string, base: DraftText = clean): DraftText {
  expect(base.body).toContain(from);
  return { ...base, body: base.body.replace(from, to) };
}

function only(findings: Finding[], rule: FindingRule): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Asserts the seeded draft has exactly the expected findings of `rule`, pointing at `texts`, and the clean one none. */
function expectCaught(rule: FindingRule, mistake: DraftText, texts: string[], base: DraftText = clean) {
  expect(only(lint(base, record), rule)).toEqual([]);
  const found = only(lint(mistake, record), rule);
  expect(found.map((f) => excerpt(mistake, f.span!))).toEqual(texts);
  return found;
}

describe('lint', () => {
  it('passes the clean drafts with no finding at all', () => {
    expect(lint(clean, record)).toEqual([]);
    expect(lint(note, record)).toEqual([]);
  });

  it('placeholder: an unfilled [Company Name], {{name}}, <role> or an empty value is an error', () => {
    const mistake = seeded('joining Acme Robotics', 'joining [Company Name] as {{role}}, reporting to <manager> , on undefined');
    const found = expectCaught('placeholder', mistake, ['[Company Name]', '{{role}}', '<manager>', ' ,', 'undefined']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('placeholder: an empty subject is an error pointing at the subject', () => {
    const found = only(lint({ ...clean, subject: '' }, record), 'placeholder');
    expect(found).toEqual([expect.objectContaining({ severity: 'error', span: { field: 'subject', start: 0, end: 0 } })]);
  });

  it('generic: a draft that names no topic, project or skill from the record is flagged', () => {
    const mistake = seeded('I am confident that my on-call leadership would serve the team well, particularly when it comes to event-driven billing. I remain', 'I remain');
    expect(only(lint(clean, record), 'generic')).toEqual([]);
    const [finding] = only(lint(mistake, record), 'generic');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.message).toContain('event-driven billing');
  });

  it('spelling: a misspelt word is flagged with the dictionary suggestions; names from the record are accepted', () => {
    const mistake = seeded('I remain very interested', 'I remain very intrested');
    const [finding] = expectCaught('spelling', mistake, ['intrested']);
    expect(finding!.suggestions).toContain('interested');
    // "PostgreSQL" and "Kubernetes" are not English words, but the record names them.
    const named = seeded('I remain very interested', 'Kubernetes and PostgreSQL aside, I remain very interested');
    expect(only(lint(named, record), 'spelling')).toEqual([]);
  });

  it('repeated_word: "the the" is flagged at the second word', () => {
    expectCaught('repeated_word', seeded('follow up on my interview', 'follow up on my my interview'), ['my']);
  });

  it('exclamation: one is fine, the second and later are flagged', () => {
    const one = seeded('Thank you for your time.', 'Thank you for your time!');
    expect(only(lint(one, record), 'exclamation')).toEqual([]);
    expectCaught('exclamation', seeded('Thank you for your time.', 'Thank you for your time!!'), ['!']);
  });

  it('pushy: "just checking in", "as per my last email", "any update??" are flagged', () => {
    const mistake = seeded('Thank you for your time.', 'Just checking in, as per my last email. Any update??');
    expectCaught('pushy', mistake, ['Just checking in', 'as per my last email', 'Any update??']);
  });

  it('length: an email body over 200 words is a warning', () => {
    const padded = seeded('Thank you for your time.', `${'I also want to share more about my background here. '.repeat(20)}Thank you for your time.`);
    const word201 = [...padded.body.matchAll(/\S+/g)][200]!.index;
    const [finding] = expectCaught('length', padded, [padded.body.slice(word201)]);
    expect(finding!.severity).toBe('warning');
  });

  it('length: a LinkedIn connection note over 300 characters is an error', () => {
    const long = seeded('would be glad to stay connected.', `would be glad to stay connected. ${'I enjoyed it. '.repeat(10)}`, note);
    const [finding] = expectCaught('length', long, [long.body.slice(300)], note);
    expect(finding).toMatchObject({ severity: 'error' });
  });

  it('wrong_name: a company the record does not know is flagged (the quick-correction case)', () => {
    expectCaught('wrong_name', seeded('joining Acme Robotics', 'joining Globex'), ['Globex']);
  });

  it('wrong_name: a greeting to someone who is not a contact is flagged', () => {
    expectCaught('wrong_name', seeded('Dear Dana,', 'Dear Dan Kimball,'), ['Dan Kimball']);
  });

  it('checks the subject as well as the body, and says which one a finding is in', () => {
    const found = lint({ ...clean, subject: 'Following up on the the interview' }, record);
    expect(found).toEqual([expect.objectContaining({ rule: 'repeated_word', span: { field: 'subject', start: 20, end: 23 } })]);
  });
});
