import { describe, expect, it } from 'vitest';
import { DraftNotAvailable } from '../errors.ts';
import { NOW, RECORDS, dana, fullInput, recordWith } from '../../test/records.ts';
import { DRAFT_KINDS, isCandidateKind, type Draft, type DraftKind } from '../types.ts';
import { draft } from './draft.ts';
import { personName, titleInFull } from './person.ts';
import { asMention, phrase, similarReferent } from './phrase.ts';

const correction = { wrong: 'Globex', right: 'Acme Robotics' };
const make = (kind: DraftKind, record = RECORDS.full, now = NOW) => draft(kind, record, { now, correction });

/** The sentences of the message itself: no greeting, no sign-off lines. */
function sentencesOf(d: Draft): string[] {
  const paragraphs = d.body.split('\n\n').slice(1, -1);
  return paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);
}

const EMPLOYER_KINDS = DRAFT_KINDS.filter((k) => !isCandidateKind(k));

describe('every kind, tone and channel', () => {
  const cases = Object.entries(RECORDS).flatMap(([name, record]) => DRAFT_KINDS.map((kind) => [name, kind, record] as const));

  it.each(cases)('%s: %s renders with no error finding, or is refused for a reason', (_, kind, record) => {
    try {
      const d = make(kind, record);
      expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(d.body.length).toBeGreaterThan(80);
    } catch (error) {
      expect(error).toBeInstanceOf(DraftNotAvailable);
      expect(['linkedin_connect', 'other_contact_inquiry']).toContain(kind);
    }
  });

  it.each(EMPLOYER_KINDS)('%s names the role and the company, and signs with the candidate name', (kind) => {
    const d = make(kind);
    expect(d.body).toContain('Senior Backend Engineer');
    expect(d.body).toContain('Acme Robotics');
    // LinkedIn shows the sender, so its notes carry no signature.
    if (d.channel !== 'linkedin') expect(d.body.trimEnd().split('\n')).toContain('Jane Doe');
  });

  it.each(EMPLOYER_KINDS.filter((k) => k !== 'correction'))('%s mentions something specific from the notes, so it is not generic', (kind) => {
    const d = make(kind);
    // The inquiry goes to the recruiter, who was not in the conversation: it rightly cites nothing from it.
    if (kind !== 'other_contact_inquiry') expect(d.body).toMatch(/event-driven billing|payments reconciliation rewrite|PostgreSQL performance tuning|on-call leadership/);
    expect(d.findings.map((f) => f.rule)).not.toContain('generic');
  });

  it.each(EMPLOYER_KINDS)('%s reads differently in a casual culture than in a formal one', (kind) => {
    const formal = make(kind, RECORDS.full);
    const casual = make(kind, RECORDS.casual);
    const first = kind === 'other_contact_inquiry' ? 'Priya' : 'Dana';
    expect(formal.body.split('\n')[0]).toBe(formal.channel === 'linkedin' ? `Hello ${first},` : `Dear ${first},`);
    expect(casual.body.split('\n')[0]).toBe(`Hi ${first},`);
    const shared = sentencesOf(formal).filter((s) => sentencesOf(casual).includes(s));
    expect(shared).toEqual([]);
    if (formal.channel === 'email') expect(formal.subject).not.toBe(casual.subject);
  });
});

describe('a question or a clause as the topic', () => {
  const withTopic = (topic: string, culture: 'formal' | 'casual' = 'formal') =>
    recordWith({ company: { ...fullInput.company, culture }, notes: { ...fullInput.notes, topics: [topic] } });
  it.each([
    ['Why did you choose commercial law?', 'I particularly enjoyed explaining why I chose commercial law.'],
    ['How do you handle conflict on a team?', 'I particularly enjoyed explaining how I handle conflict on a team.'],
    ['Do you have experience with Kafka?', 'I was glad you asked whether I have experience with Kafka.'],
    ['Did churn spike after the pricing change?', 'our discussion of whether churn spiked after the pricing change'],
    ['Why did churn spike?', 'our discussion of why churn spiked'],
    ['the team is moving to Kafka.', 'I was particularly interested in what you said about the team moving to Kafka.'],
  ])('%s → %s', (topic, expected) => {
    const d = make('thank_you', withTopic(topic));
    expect(d.body).toContain(expected);
    expect(d.body).not.toMatch(/the question of|your question about/);
    expect(d.findings.map((f) => f.rule)).not.toContain('generic');
  });

  it('asks for feedback on the answer to a question put to the candidate', () => {
    expect(make('feedback_request', withTopic('Do you have experience with Kafka?')).body).toContain('including how I answered whether I have experience with Kafka,');
    expect(make('feedback_request', withTopic('Why did you choose commercial law?', 'casual')).body).toContain('especially how I explained why I chose commercial law.');
  });
});

describe('personal details', () => {
  it('dates the interview in the candidate locale and zone: "Tuesday, January 14" in New York', () => {
    expect(make('thank_you').body).toContain('on Tuesday, January 14, to discuss');
  });

  it('writes the date the British way for a candidate in GB: "Tuesday 4 March"', () => {
    expect(make('thank_you', RECORDS.british).body).toContain('Tuesday 4 March');
  });

  it('uses the candidate time zone for the day: 01:00 UTC on Wednesday is still Tuesday in New York', () => {
    const late = recordWith({ interview: { startsAt: '2025-01-15T01:00:00Z' } });
    expect(make('thank_you', late).body).toContain('Tuesday, January 14');
  });

  it('adds the year only when the interview was in another year than now', () => {
    expect(make('follow_up_1', RECORDS.full, Date.parse('2026-01-05T14:00:00Z')).body).toContain('Tuesday, January 14, 2025');
  });

  it('leaves a concern out of the thank-you unless the record has the candidate’s own answer to it', () => {
    expect(make('thank_you').body).not.toMatch(/Kubernetes|concern/);
    const answers = [{ concern: 'limited Kubernetes experience', answer: 'I ran our staging cluster on Kubernetes for a year' }];
    const answered = recordWith({ notes: { ...fullInput.notes, answers } });
    expect(make('thank_you', answered).body).toContain('I have also given more thought to one of your questions. I ran our staging cluster on Kubernetes for a year.');
    expect(make('thank_you', answered).body).not.toContain('limited Kubernetes experience');
  });

  it('puts the candidate contact line under the name on email, but not on LinkedIn or a card', () => {
    expect(make('thank_you').body).toMatch(/Jane Doe\njane\.doe@example\.com$/);
    expect(make('linkedin_connect').body).not.toMatch(/Jane Doe|regards/);
    expect(make('handwritten_note').body).toMatch(/Sincerely,\nJane Doe$/);
  });
});

describe('channels', () => {
  it('sends follow-ups as LinkedIn messages, without a subject, to a contact who prefers LinkedIn', () => {
    for (const kind of ['thank_you', 'follow_up_1', 'follow_up_2', 'final_follow_up'] as const) {
      const email = make(kind);
      const linkedin = make(kind, RECORDS.linkedinPreferred);
      expect(linkedin.channel).toBe('linkedin');
      expect(linkedin.subject).toBeUndefined();
      expect(linkedin.to?.linkedinUrl).toBe(dana.linkedinUrl);
      expect(linkedin.body.length).toBeLessThan(email.body.length);
    }
  });

  it('uses LinkedIn for a contact who has a profile but no email address', () => {
    expect(make('follow_up_1', RECORDS.linkedinOnlyCasual).channel).toBe('linkedin');
  });

  it('keeps the LinkedIn connection note within 300 characters, dropping the topic when it is long', () => {
    const long = recordWith({ notes: { ...fullInput.notes, topics: ['how the billing platform moves from nightly batch jobs to event-driven ledgers, and what that means for reconciliation, auditing, on-call load and the finance team'] } });
    expect(make('linkedin_connect').body).toContain('event-driven billing');
    const note = make('linkedin_connect', long);
    expect(note.body.length).toBeLessThanOrEqual(300);
    expect(note.body).toContain('Senior Backend Engineer');
    expect(note.findings.filter((f) => f.rule === 'length')).toEqual([]);
  });

  it('writes the handwritten note as a short letter with no subject', () => {
    const d = make('handwritten_note');
    expect(d.channel).toBe('letter');
    expect(d.subject).toBeUndefined();
    expect(d.body.split(/\s+/).length).toBeLessThan(100);
  });

  it('refuses a connection note without a LinkedIn URL and an inquiry without a recruiter or HR contact', () => {
    expect(() => make('linkedin_connect', RECORDS.interviewerOnly)).toThrow(DraftNotAvailable);
    expect(() => make('other_contact_inquiry', RECORDS.interviewerOnly)).toThrow(/no recruiter or HR contact/);
  });
});

describe('recipients', () => {
  it('addresses the hiring team when no contact is known, and a finding says so', () => {
    const d = make('follow_up_1', RECORDS.noContacts);
    expect(d.to).toEqual({ name: 'Acme Robotics hiring team' });
    expect(d.body.startsWith('Dear Acme Robotics Hiring Team,')).toBe(true);
    const finding = d.findings.find((f) => f.rule === 'no_contact');
    expect(finding?.severity).toBe('warning');
    expect(d.body.slice(finding!.span!.start, finding!.span!.end)).toBe('Dear Acme Robotics Hiring Team,');
  });

  it('sends the inquiry to the recruiter and names the interviewer', () => {
    const d = make('other_contact_inquiry');
    expect(d.to).toEqual({ name: 'Priya Shah', email: 'priya.shah@acme.example' });
    expect(d.body).toContain('Thank you again for arranging my interview with Dana Kim');
  });

  it.each(['next_round_prep', 'move_on'] as const)('%s is for the candidate: no recipient, no subject, no greeting', (kind) => {
    const d = make(kind);
    expect(d.to).toBeUndefined();
    expect(d.subject).toBeUndefined();
    expect(d.body).not.toMatch(/^(Dear|Hi)/);
  });
});

describe('the follow-up sequence', () => {
  it.each([RECORDS.full, RECORDS.casual, RECORDS.noNotes])('each follow-up says something the previous one did not', (record) => {
    const [first, second, final] = (['follow_up_1', 'follow_up_2', 'final_follow_up'] as const).map((k) => make(k, record));
    expect(sentencesOf(second!).filter((s) => sentencesOf(first!).includes(s))).toEqual([]);
    expect(sentencesOf(final!).filter((s) => sentencesOf(second!).includes(s))).toEqual([]);
    expect(second!.body).toMatch(/still open/);
  });

  it('asks about the promised decision date once it has passed, and only confirms interest before it', () => {
    expect(make('follow_up_1', RECORDS.full, Date.parse('2025-01-27T14:00:00Z')).body).toContain('hoped to reach a decision by Friday, January 24, so I wanted to ask');
    expect(make('follow_up_1').body).toContain('expects to decide by Friday, January 24, and I wanted to confirm');
  });

  it('closes the loop graciously in the final follow-up', () => {
    expect(make('final_follow_up').body).toMatch(/one last time[\s\S]*close the loop[\s\S]*stay in touch/);
    expect(make('final_follow_up', RECORDS.casual).body).toMatch(/my last note[\s\S]*no hard feelings[\s\S]*stay in touch/);
  });
});

describe('correction', () => {
  it('quotes what was wrong and what is right, without flagging the quoted wrong name', () => {
    const d = draft('correction', RECORDS.full, { now: NOW, correction, previousKind: 'thank_you' });
    expect(d.body).toContain('I wrote "Globex" where I meant "Acme Robotics"');
    expect(d.subject).toBe('A correction to my previous thank-you note');
    expect(d.findings).toEqual([]);
  });

  it('needs to be told what was wrong', () => {
    expect(() => draft('correction', RECORDS.full, { now: NOW })).toThrow(/context\.correction/);
  });
});

describe('a "similar" in a note', () => {
  it('finds what another note names it like, and stays in the candidate\'s words when the sentence cites the conversation', () => {
    const redesign = phrase('led a similar redesign at my last job.');
    expect(similarReferent(redesign, [phrase('the onboarding redesign')])?.text).toBe('the onboarding redesign');
    expect(similarReferent(redesign, [phrase('offline evaluation')])).toBeUndefined();
    expect(similarReferent(phrase('led a migration similar to yours'), [phrase('the migration')])).toBeUndefined();
    expect(asMention(phrase('led a similar migration at my last job'))).toBe('As I mentioned when we spoke, I led a similar migration at my last job');
    expect(asMention(phrase('I coached three engineers into senior roles.'))).toBe('As I mentioned when we spoke, I coached three engineers into senior roles');
  });
});

describe('titles on a letter', () => {
  it('spells out an academic title; "Dr" stays abbreviated', () => {
    expect(titleInFull('Prof. Oakes')).toBe('Professor Oakes');
    expect(titleInFull('Prof Oakes')).toBe('Professor Oakes');
    expect(titleInFull('Dr. Raman')).toBe('Dr. Raman');
    expect(personName({ name: 'Professor Margaret Oakes' })).toMatchObject({ given: 'Margaret', formal: 'Prof. Oakes' });
  });
});

describe('a British formal letter', () => {
  const gb = { name: 'Oliver Hughes', email: 'oliver@example.co.uk', timeZone: 'Europe/London', country: 'GB' } as const;
  it('closes "Yours sincerely," to a named reader and "Yours faithfully," to a hiring team; a US letter "Sincerely,"', () => {
    expect(make('handwritten_note', recordWith({ candidate: gb })).body).toMatch(/\n\nYours sincerely,\nOliver Hughes$/);
    expect(make('handwritten_note', recordWith({ candidate: gb, contacts: [] })).body).toMatch(/^Dear Acme Robotics Hiring Team,[\s\S]*\n\nYours faithfully,\nOliver Hughes$/);
    expect(make('handwritten_note').body).toMatch(/\n\nSincerely,\nJane Doe$/);
  });
});
