/**
 * Issue #15's defect families, asserted absent from every draft of the corpus (test/corpus/*.json),
 * and the checked-in snapshot (test/corpus/drafts.md) kept current.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { companyInText } from '@followup/core/company';
import { SUBJECT_LIMIT } from '../src/draft/subject.ts';
import { CONNECTION_NOTE_LIMIT } from '../src/lint/rules/length.ts';
import { isCandidateKind } from '../src/types.ts';
import { localDate } from '../src/draft/dates.ts';
import { SNAPSHOT, loadCorpus, nowFor, renderCorpus } from './corpus.ts';

const corpus = loadCorpus();
const all = corpus.flatMap((e) => e.drafts.map((d) => ({ ...e, d })));
const employer = all.filter(({ d }) => !isCandidateKind(d.kind));

describe('the corpus', () => {
  it('has at least 30 records, each with every kind it can carry', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const e of corpus) expect(new Set(e.drafts.map((d) => d.kind)).size).toBeGreaterThanOrEqual(9);
  });

  it('has no doubled or clashing punctuation: no "..", no "?.", no "Inc.."', () => {
    for (const { d } of all) expect(`${d.subject ?? ''}\n${d.body}`).not.toMatch(/(?<!\.)\.\.(?!\.)|[?!]\.|,\./);
  });

  it('never restates a concern as a charge, and addresses one only with the candidate’s answer', () => {
    for (const { d, record } of employer) {
      expect(d.body).not.toMatch(/as a concern|closing that gap|your question on/);
      for (const concern of record.notes?.concerns ?? []) expect(d.body).not.toContain(concern.replace(/\.$/, ''));
    }
    const answered = corpus.find((e) => e.name === '03-doctor-honorific')!;
    expect(answered.drafts.find((d) => d.kind === 'thank_you')!.body).toContain('I am glad to relocate to Boston within six months of starting.');
  });

  it('lists concerns in next-round preparation as advice to "you", with no "I" or "my" left in', () => {
    const prep = corpus.find((e) => e.name === '22-first-person-notes')!.drafts.find((d) => d.kind === 'next_round_prep')!;
    expect(prep.body).toContain('you have never managed people');
    expect(prep.body).toContain('whether you would relocate to Berlin later');
    expect(prep.body).not.toMatch(/\b(I|my|me)\b/);
    expect(prep.findings.map((f) => f.rule)).not.toContain('person');
  });

  it('greets by a given name or a formal title, never by a bare honorific or a family name', () => {
    for (const { d } of employer) {
      expect(d.body).not.toMatch(/^(Hi|Hello|Dear) (Dr|Prof|Mr|Ms|Mrs)\.?,/);
      expect(d.body).not.toMatch(/^(Hi|Hello) Nguyễn,|^(Hi|Hello) 田中,/);
      expect(d.body).not.toMatch(/^Dear Dr\. \S+ \S+,/);
    }
    const byName = (name: string, kind = 'thank_you') => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!;
    expect(byName('03-doctor-honorific').body).toMatch(/^Dear Dr\. Raman,/);
    expect(byName('04-doctor-casual').body).toMatch(/^Hi Priya,/);
    expect(byName('10-phd-suffix').body).toMatch(/^Dear Dr\. Brooks,/);
    expect(byName('06-vietnamese-preferred').body).toMatch(/^Hi Lan,/);
    expect(byName('05-vietnamese-no-preferred').findings.map((f) => f.rule)).toContain('preferred_name');
  });

  it('never greets by the full name, except a family-first name with no preferredName: greeted as written, never "Hi" and a full name, and the finding says what the greeting does', () => {
    for (const { d, record } of employer) {
      const first = d.body.split('\n')[0]!;
      if (d.to && !/team$/.test(d.to.name)) expect(first).not.toMatch(/^Hello,$/);
      for (const c of record.contacts) if (/\s/.test(c.name) && !c.preferredName?.includes(' ') && !/^(Nguyễn|田中)/.test(c.name)) expect(first).not.toContain(c.name.replace(/^(Mr|Ms|Mrs|Dr|Prof)\.\s+/, '').replace(/\s+PhD$/, ''));
      if (record.candidate.country === 'GB') expect(first).not.toMatch(/^Dear (Mr|Mrs|Ms|Dr|Prof)\./);
    }
    const byName = (name: string, kind = 'thank_you') => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!;
    expect(byName('01-formal-one-contact').body).toMatch(/^Dear Dana,/);
    expect(byName('20-british-formal').body).toMatch(/^Dear Mr Hale,/);
    expect(byName('05-vietnamese-no-preferred').body).toMatch(/^Hello Nguyễn Thị Lan,\n/);
    expect(byName('08-japanese-no-preferred').body).toMatch(/^Hello 田中 Yuki,\n/);
    for (const { d, record } of employer) {
      const full = record.contacts.find((c) => !c.preferredName && /^(Nguyễn|田中)/.test(c.name) && c.name === d.to?.name);
      if (!full) continue;
      expect(d.body).not.toMatch(/^Hi /);
      const finding = d.findings.find((f) => f.rule === 'preferred_name')!;
      expect(finding.message).toContain(d.body.split('\n')[0]!.replace(/,$/, ''));
      expect(finding.message).not.toMatch(/"Hello,"/);
    }
    expect(byName('07-japanese-name').body).toMatch(/^Dear Yuki,/);
  });

  it('thanks the hiring manager, not the recruiter listed first; each panelist gets their own; the recruiter is thanked for arranging', () => {
    const actuary = corpus.find((e) => e.name === '13-recruiter-listed-first')!;
    expect(actuary.drafts.find((d) => d.kind === 'thank_you')!.to?.name).toBe('Robert Chen');
    const panel = corpus.find((e) => e.name === '14-panel-of-three')!;
    const thanks = panel.drafts.filter((d) => d.kind === 'thank_you');
    expect(thanks.map((d) => d.to?.name)).toEqual(['Dana Kim', 'Raj Patel', 'Lena Ortiz', 'Priya Shah']);
    expect(thanks[3]!.body).toContain('Thank you for arranging my interview with Dana Kim, Raj Patel and Lena Ortiz');
  });

  it('cites nothing from the conversation to someone who was not in it', () => {
    for (const { d, record } of employer) {
      const to = record.contacts.find((c) => c.name === d.to?.name);
      if (!to || to.attended === true || to.relation === 'interviewer' || to.relation === 'hiring_manager' || record.contacts.length === 1) continue;
      for (const topic of record.notes?.topics ?? []) expect(d.body.toLowerCase()).not.toContain(topic.toLowerCase().replace(/[.?]$/, ''));
    }
  });

  it('writes LinkedIn notes without a letter salutation or sign-off, connection notes within 300 characters', () => {
    for (const { d, record } of all.filter(({ d }) => d.channel === 'linkedin')) {
      expect(d.body).not.toMatch(/^Dear |Best regards,|Kind regards,|Sincerely,/);
      expect(d.body.trimEnd().endsWith(record.candidate.name)).toBe(false);
      if (d.kind === 'linkedin_connect' || d.note) expect(d.body.length).toBeLessThanOrEqual(CONNECTION_NOTE_LIMIT);
    }
    const only = corpus.find((e) => e.name === '09-german-gmbh-linkedin-only')!;
    const [thanks, connect] = ['thank_you', 'linkedin_connect'].map((k) => only.drafts.find((d) => d.kind === k)!);
    expect(thanks!.body).toBe(connect!.body);
    expect(thanks!.body).toContain('the move from VMs to Kubernetes');
    // A contact who prefers LinkedIn gets one message too, not a thank-you and a connection note that repeat each other.
    for (const e of corpus) {
      const [t, c] = ['thank_you', 'linkedin_connect'].map((k) => e.drafts.find((d) => d.kind === k && d.to?.name === e.drafts.find((x) => x.kind === 'linkedin_connect')?.to?.name));
      if (t?.channel === 'linkedin' && c) expect([e.name, t.body, t.note !== undefined]).toEqual([e.name, c.body, true]);
    }
    expect(corpus.find((e) => e.name === '24-linkedin-preferred')!.drafts.find((d) => d.kind === 'thank_you')!.note).toContain('connection request');
  });

  it('keeps subjects within 70 characters, cutting the role at its first comma or parenthesis', () => {
    for (const { d } of employer) if (d.subject) expect(d.subject.length).toBeLessThanOrEqual(SUBJECT_LIMIT);
    const long = corpus.find((e) => e.name === '26-long-role')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(long.subject).toBe('Thank you for the Senior Manager interview');
  });

  it('drops legal forms in running text', () => {
    for (const { d, record } of employer) {
      if (companyInText(record.company.name) !== record.company.name) expect(d.body).not.toContain(record.company.name);
    }
  });

  it('describes phone and video interviews as speaking, and puts the US comma after a date', () => {
    const phone = corpus.find((e) => e.name === '12-recruiter-only')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(phone.body).toContain('Thank you for speaking with me on Tuesday, February 18, to discuss');
    const british = corpus.find((e) => e.name === '20-british-formal')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(british.body).toContain('on Tuesday 7 October to discuss');
  });

  it('brings something new in each follow-up, and promises "additional thoughts" only with one', () => {
    const full = corpus.find((e) => e.name === '01-formal-one-contact')!.drafts;
    const first = full.find((d) => d.kind === 'follow_up_1')!;
    expect(first.body).not.toContain('event-driven billing');
    expect(first.body).toContain('how the team handles on-call');
    for (const { d } of employer.filter(({ d }) => d.subject?.startsWith('Additional thoughts'))) expect(d.body).toMatch(/continued to think about/);
  });

  it('leaves no placeholders and no error findings; sparse records are flagged generic', () => {
    for (const { d } of all) expect(d.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const sparse = corpus.find((e) => e.name === '17-no-notes')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(sparse.findings.map((f) => f.rule)).toContain('generic');
  });

  it('corrects a real slip in every correction: another company or the wrong weekday, never a placeholder', () => {
    for (const e of corpus) {
      const d = e.drafts.find((x) => x.kind === 'correction')!;
      const { wrong, right } = e.correction;
      expect(wrong).not.toBe(right);
      expect(right).not.toMatch(/\b(the right|correct|placeholder)\b/i);
      expect(d.body).toContain(`"${wrong}"`);
      expect(d.body).toContain(`"${right}"`);
      expect(d.body).not.toContain('the right company');
      if (wrong === companyInText(e.record.company.name)) throw new Error(`${e.name}: corrects its own company`);
    }
  });

  it('frames skills and strengths as noun phrases, never pasted after "I" ("I contract lifecycle tooling", "I calm under pressure")', () => {
    for (const { d, record } of employer) {
      const notes = [...(record.notes?.skills ?? []), ...(record.notes?.strengths ?? []), ...(record.notes?.topics ?? [])];
      for (const note of notes) {
        const first = note.trim().split(/\s+/)[0]!;
        if (/^(led|built|coached|I)$/i.test(first)) continue;
        expect(d.body).not.toContain(`I ${note.replace(/[.?]$/, '')}`);
      }
      expect(d.body).not.toMatch(/experience in (calm|GLMs)|\bI (calm|distributed|embedded|contract|warehouse)\b/);
    }
    const calm = corpus.find((e) => e.name === '19-british-casual')!.drafts.find((d) => d.kind === 'follow_up_1')!;
    expect(calm.body).toContain('my ability to stay calm under pressure');
  });

  it('frames a strength as a quality the candidate brings ("I\'m confident my ability … would serve the team well"), never as something they "kept thinking about"', () => {
    let n = 0;
    for (const { d, record } of employer.filter(({ d }) => ['follow_up_1', 'follow_up_2', 'final_follow_up'].includes(d.kind))) {
      for (const strength of record.notes?.strengths ?? []) {
        const tail = strength.replace(/[.?!]$/, '').split(/\s+/).slice(-2).join(' ');
        for (const sentence of d.body.split(/(?<=[.!?])\s+/).filter((x) => x.includes(tail) && /\bmy (ability|experience)\b/.test(x))) {
          n++;
          expect(sentence).not.toMatch(/(kept thinking about|mulling over|continued to think about) how\b/);
          expect(sentence).toMatch(/confident (that )?my (ability|experience)[^.]* would (serve the team well|be an asset to the team)/);
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(3);
    const calm = corpus.find((e) => e.name === '19-british-casual')!.drafts.find((d) => d.kind === 'follow_up_1')!;
    expect(calm.body).toContain("I'm confident my ability to stay calm under pressure would serve the team well, especially when it comes to warehouse staffing on peak days.");
  });

  it('never pastes an interviewer’s question in as what stayed with the candidate, nor "contribute to how I would …"', () => {
    for (const { d } of employer) {
      expect(d.body).not.toMatch(/stayed with me: (why|did|how|what)\b/i);
      expect(d.body).not.toMatch(/something we talked about: (why|did)\b/i);
      expect(d.body).not.toMatch(/(contribut\w+ to|get started on|help with) how I/);
      expect(d.body).not.toMatch(/one thing you said: (why|did)\b/i);
    }
  });

  it('does not say "bring that energy" with nothing for "that" to point to', () => {
    for (const { d } of employer) expect(d.body).not.toMatch(/bring that energy/);
  });

  it('lists each draft to each person once: the inquiry is not generated twice', () => {
    for (const e of corpus) {
      const keys = e.drafts.map((d) => `${d.kind} ${d.to?.name ?? ''}`);
      expect(keys).toEqual([...new Set(keys)]);
      // The LinkedIn thank-you that is also the connection note says so (`note`); nothing else repeats word for word.
      const bodies = e.drafts.filter((d) => !isCandidateKind(d.kind) && !d.note).map((d) => d.body);
      expect(bodies).toEqual([...new Set(bodies)]);
    }
  });

  it('thanks an HR contact who sat in like an interviewer, and never greets them as a stranger', () => {
    const hr = corpus.find((e) => e.name === '28-hr-attended')!;
    const karen = hr.drafts.filter((d) => d.to?.name === 'Karen Liu');
    expect(karen.map((d) => d.kind)).toContain('thank_you');
    for (const d of karen) expect(d.body).not.toMatch(/wanted to say hello|reach out to you as well/);
  });

  it('says "still" at most once a sentence', () => {
    for (const { d } of employer) for (const sentence of d.body.split(/(?<=[.!?])\s+/)) expect(sentence.match(/\bstill\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('greets the team in a record with no contacts the same way in every draft, offer replies and feedback requests included, and the finding says so', () => {
    let n = 0;
    for (const e of corpus.filter((x) => !x.record.contacts.length)) {
      const greetings = e.drafts.filter((d) => !isCandidateKind(d.kind)).map((d) => d.body.split('\n')[0]);
      expect([e.name, new Set(greetings).size]).toEqual([e.name, 1]);
      expect(greetings[0]).not.toBe('Hello,');
      for (const d of e.drafts.filter((x) => ['offer_reply', 'feedback_request'].includes(x.kind))) {
        n++;
        const message = d.findings.find((f) => f.rule === 'no_contact')!.message;
        expect(message).toContain(`"${greetings[0]}"`);
        expect(message).not.toContain('"Hello,"');
      }
    }
    expect(n).toBeGreaterThanOrEqual(4);
    const first = (name: string, kind: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!.body.split('\n')[0];
    expect(first('16-no-contacts', 'offer_reply')).toBe('Dear Globex Hiring Team,');
    expect(first('18-no-contacts-no-notes', 'feedback_request')).toBe('Hi Brightwell team,');
  });

  it('writes to a hiring team as to a team: no one-to-one "making time to chat", no "you and the team"', () => {
    for (const { d } of employer.filter(({ d }) => /team\b/i.test(d.to?.name ?? ''))) {
      expect(d.body).not.toMatch(/making time to chat|Thank you for taking the time|you and the team|warm conversation|getting to know the [^.]* team/);
    }
  });

  it('varies the panel thank-yous: a different sentence per panelist, a different topic when the notes have several', () => {
    for (const e of corpus) {
      const thanks = e.drafts.filter((d) => d.kind === 'thank_you').map((d) => d.body.split('\n\n').slice(1, -1).join('\n\n').replace(/^.*\n\n/, ''));
      expect(thanks).toEqual([...new Set(thanks)]);
    }
    const panel = corpus.find((e) => e.name === '14-panel-of-three')!.drafts.filter((d) => d.kind === 'thank_you');
    expect(panel[1]!.body).toContain('ledger consistency');
    expect(panel[2]!.body).toContain('multi-region failover');
  });

  it('cuts a long note at its clause break and keeps connection notes within 200 characters', () => {
    for (const { d } of employer) expect(d.body).not.toContain('and what that means for reconciliation');
    for (const { d } of all.filter(({ d }) => d.kind === 'linkedin_connect' || d.note)) expect(d.body.length).toBeLessThanOrEqual(200);
  });

  it('does not make the candidate’s own work the shared topic ("our deep dive into my approach")', () => {
    for (const { d } of employer) expect(`${d.subject ?? ''}\n${d.body}`).not.toMatch(/(deep dive into|chat about|talking with you about|keep thinking about) my\b/);
  });

  it('spells British English for an en-GB candidate', () => {
    for (const { d, record } of employer) if (record.candidate.country === 'GB') expect(d.body).not.toMatch(/\b(organized|apologize|prioritize|realize)\b/i);
    const hale = corpus.find((e) => e.name === '20-british-formal')!.drafts.find((d) => d.kind === 'thank_you' && d.to?.name === 'Grace Park')!;
    expect(hale.body).toContain('organised');
  });

  it('writes no label-like fragment frames ("How my past work fits the role: I led …"); a clause of the notes goes into a full sentence', () => {
    for (const { d } of employer) {
      expect(d.body).not.toMatch(/how my past work (fits|applies to) the role:|the project we (discussed|talked about):|one point from our conversation: [A-Z]|something we talked about: [A-Z]/i);
      expect(d.body).not.toMatch(/^(How|Why|What|Something)[^.!?\n]{0,60}: (I|The|A) /m);
    }
    const migration = corpus.find((e) => e.name === '22-first-person-notes')!.drafts.find((d) => d.kind === 'follow_up_1')!;
    expect(migration.body).toContain("As I mentioned when we spoke, I led a similar migration at my last job, and I'd love to bring that experience to the team.");
    // What the candidate did is what they bring, not the reason they want the job.
    for (const { d } of employer) expect(d.body).not.toMatch(/I mentioned [^.]*, and (that's a big part|that experience is a large part) of why/);
  });

  it('never pastes a note the interviewer told the candidate after a colon: "what you said about the team moving to Kafka"', () => {
    for (const { d } of employer) expect(d.body).not.toMatch(/: the team is moving|: The team is moving/);
    const kafka = corpus.find((e) => e.name === '21-questions-and-clauses')!.drafts.find((d) => d.kind === 'follow_up_1')!;
    expect(kafka.body).toContain('what you said about the team moving to Kafka');
  });

  it('varies frames across an interview’s follow-ups: no "I have valued thinking about", no frame reused', () => {
    for (const e of corpus) {
      const later = e.drafts.filter((d) => ['follow_up_1', 'follow_up_2', 'final_follow_up'].includes(d.kind));
      for (const d of later) expect(d.body).not.toMatch(/I have valued thinking about|how my past work/);
      expect(later.filter((d) => /could help the team/.test(d.body)).length).toBeLessThanOrEqual(1);
      expect(later.find((d) => d.kind === 'final_follow_up')!.body).not.toMatch(/how my .* could help/);
    }
  });

  it('turns a question-shaped topic into a topic the thank-you can cite', () => {
    const thanks = (name: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === 'thank_you')!.body;
    expect(thanks('32-single-topic-only')).toContain('I particularly enjoyed explaining why I chose commercial law.');
    expect(thanks('21-questions-and-clauses')).toContain('our discussion of whether churn spiked after the pricing change');
    for (const { d } of employer) expect(d.body).not.toMatch(/the question of (whether|why|how)|your question about (whether|why|how)|Our conversation, and your question/);
    for (const name of ['21-questions-and-clauses', '32-single-topic-only']) expect(thanks(name)).not.toContain('learn more about the team and its priorities');
  });

  it('names a titled person in running text as the greeting does: "Mr Hale", never "Mr. Thomas Hale" in en-GB', () => {
    for (const { d, record } of employer) if (record.candidate.country === 'GB') expect(d.body).not.toMatch(/\b(Mr|Mrs|Ms|Dr|Prof)\. /);
    const grace = corpus.find((e) => e.name === '20-british-formal')!.drafts.filter((d) => d.to?.name === 'Grace Park');
    for (const d of grace) expect(d.body).not.toContain('Thomas Hale');
    expect(grace.find((d) => d.kind === 'thank_you')!.body).toContain('my interview with Mr Hale');
  });

  it('does not double its phrasing: company twice in a row, "chance … chance", "enjoyed … enjoyed", "especially with my background"', () => {
    for (const { d, record } of employer) {
      const company = companyInText(record.company.name);
      for (const [a, b] of d.body.split(/(?<=[.!?])\s+/).map((x, i, all) => [x, all[i + 1] ?? ''] as const)) {
        if (a.includes(company)) expect(b).not.toContain(`joining ${company}`);
        if (/\bchance\b/.test(a)) expect(b).not.toMatch(/\bchance\b/);
      }
      expect(d.body).not.toMatch(/enjoyed[^.!?]*enjoyed|especially with my background/);
    }
  });

  it('accepts British spellings in an en-GB record: no spelling warning for "organised" or "apologise"', () => {
    for (const { d, record } of all) if (record.candidate.country === 'GB') expect(d.findings.filter((f) => f.rule === 'spelling').map((f) => f.message)).toEqual([]);
  });

  it('words time as of the day the draft is sent: nothing "ahead of" a decision date that has passed, the year on a date of another year', () => {
    let checked = 0;
    for (const { d, record } of employer) {
      if (!record.decisionExpectedBy || localDate(record, nowFor(record, d.kind)) <= record.decisionExpectedBy) continue;
      checked++;
      expect(d.body).not.toMatch(/ahead of that date|expects to decide by|aiming to decide by|so no rush/);
    }
    expect(checked).toBeGreaterThan(20);
    const late = corpus.find((e) => e.name === '30-next-year')!.drafts;
    expect(late.find((d) => d.kind === 'follow_up_1')!.body).toContain('hoped to reach a decision by Friday, December 20, so');
    expect(late.find((d) => d.kind === 'final_follow_up')!.body).toContain('Tuesday, December 17, 2024');
  });

  it('thanks sincerely from a record with no notes: what the conversation gave, an offer of more, no stock "team and its priorities", still flagged generic', () => {
    for (const name of ['17-no-notes', '18-no-contacts-no-notes']) {
      const thanks = corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === 'thank_you')!;
      expect(thanks.body).not.toMatch(/team and its priorities|I came away even more excited about joining the team\.\n/);
      expect(thanks.body).toMatch(/clearer picture of what the role involves|get a feel for how the team works/);
      expect(thanks.body).toMatch(/further information from me|anything else I can send over/);
      expect(thanks.findings.map((f) => f.rule)).toContain('generic');
    }
    expect(corpus.find((e) => e.name === '18-no-contacts-no-notes')!.drafts.find((d) => d.kind === 'thank_you')!.body).toContain('meet you all in person');
  });

  it('names a long role on a card by its title, without the parenthesised scope', () => {
    const card = corpus.find((e) => e.name === '26-long-role')!.drafts.find((d) => d.kind === 'handwritten_note')!;
    expect(card.body).toContain('in the Senior Manager, Strategy & Operations role');
    for (const { d } of all.filter(({ d }) => d.channel === 'letter')) expect(d.body).not.toMatch(/\([^)]*\) role/);
  });

  it('flags "generic" only on drafts that name no note, not on ones that name it in other words', () => {
    const of = (name: string, kind: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!.findings.map((f) => f.rule);
    for (const [name, kind] of [['21-questions-and-clauses', 'thank_you'], ['21-questions-and-clauses', 'handwritten_note'], ['21-questions-and-clauses', 'follow_up_1'], ['32-single-topic-only', 'thank_you'], ['32-single-topic-only', 'handwritten_note'], ['27-long-topic-linkedin', 'thank_you'], ['27-long-topic-linkedin', 'handwritten_note']] as const) {
      expect([name, kind, of(name, kind)]).not.toEqual([name, kind, expect.arrayContaining(['generic'])]);
    }
    expect(of('08-japanese-no-preferred', 'follow_up_1')).toContain('generic');
  });

  it('writes the inquiry to the recruiter who arranged the interview as to them: thanks again for arranging it, no "wanted to say hello"', () => {
    let n = 0;
    for (const { d, record } of employer.filter(({ d }) => d.kind === 'other_contact_inquiry')) {
      const to = record.contacts.find((c) => c.name === d.to?.name)!;
      if (to.attended === true) continue;
      n++;
      expect(d.body).toMatch(/Thank(s| you) again for (arranging|setting up) my interview/);
      expect(d.body).not.toMatch(/wanted to say hello|reach out to you as well/);
    }
    expect(n).toBeGreaterThan(3);
  });

  it('keeps the topic in a connection note by dropping the company before the topic', () => {
    const note = corpus.find((e) => e.name === '03-doctor-honorific')!.drafts.find((d) => d.kind === 'linkedin_connect')!;
    expect(note.body).toContain('survival models for readmission risk');
    expect(note.body.length).toBeLessThanOrEqual(200);
  });

  it('asks for feedback on what the thank-you cited, a recast question included', () => {
    const ask = (name: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === 'feedback_request')!;
    expect(ask('32-single-topic-only').body).toContain('including how I explained why I chose commercial law,');
    expect(ask('21-questions-and-clauses').body).toContain('including our discussion of whether churn spiked after the pricing change,');
    for (const name of ['21-questions-and-clauses', '32-single-topic-only']) expect(ask(name).findings.map((f) => f.rule)).not.toContain('generic');
  });

  it('recalls what the candidate said as "As I mentioned when we spoke, I …", tied to the team or company, never "I mentioned that I" nor "carry over to the role"', () => {
    for (const { d } of employer) {
      expect(d.body).not.toMatch(/(^|[.!?]\s+)I mentioned that I\b/m);
      expect(d.body).not.toMatch(/carry over to the role|how that would carry over/);
    }
    const of = (name: string, kind: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!.body;
    expect(of('21-questions-and-clauses', 'follow_up_2')).toContain('As I mentioned when we spoke, I coached three engineers into senior roles, and I have continued to think about how I would apply that experience at Pinecone Labs.');
    expect(of('02-casual-one-contact', 'follow_up_1')).toContain("As I mentioned when we spoke, I led a similar redesign at my last job, and I'd love to bring that experience to the onboarding redesign.");
  });

  it('says "similar" only with a referent: the same email names what it is similar to, or the sentence cites the conversation ("As I mentioned when we spoke")', () => {
    let n = 0;
    for (const { d } of employer) {
      for (const sentence of d.body.split(/(?<=[.!?])\s+/)) {
        for (const [, noun] of sentence.matchAll(/\bsimilar (\p{L}+)/gu)) {
          n++;
          if (/when we spoke|when we talked/.test(sentence)) continue;
          // The noun again elsewhere in the email ("a similar redesign … the onboarding redesign").
          expect(d.body.split(new RegExp(`\\b${noun}`, 'u')).length - 1).toBeGreaterThanOrEqual(2);
        }
      }
    }
    expect(n).toBeGreaterThan(1);
  });

  it('keeps the candidate’s own words when recalling what they said: no "similar" dropped into a vague "a migration"', () => {
    for (const { d, record } of employer) {
      for (const note of [...(record.notes?.strengths ?? []), ...(record.notes?.skills ?? []), ...(record.notes?.projects ?? [])]) {
        if (!/\bsimilar\b/.test(note)) continue;
        const without = note.replace(/[.]$/, '').replace(/\ba similar\b/, 'a').replace(/\ban similar\b/, 'an');
        expect(d.body).not.toContain(`I ${without}`);
      }
    }
    const fu1 = corpus.find((e) => e.name === '22-first-person-notes')!.drafts.find((d) => d.kind === 'follow_up_1')!;
    expect(fu1.body).toContain('As I mentioned when we spoke, I led a similar migration at my last job');
  });

  it('repeats no word three times in one email (greeting and signature aside)', () => {
    for (const { d } of employer) {
      const paragraphs = d.body.split('\n\n');
      const text = paragraphs.slice(1, d.channel === 'linkedin' ? undefined : -1).join(' ');
      const counts = new Map<string, number>();
      const words = nlp(text).match('(#Noun|#Adjective|#Verb)').not('(#Pronoun|#Possessive|#Auxiliary|#Copula|#Modal|#ProperNoun|#Value)');
      for (const { terms } of words.json({ normal: true }) as { terms: { normal: string }[] }[]) for (const { normal } of terms) counts.set(normal, (counts.get(normal) ?? 0) + 1);
      expect([d.kind, d.to?.name, [...counts].filter(([, c]) => c >= 3)]).toEqual([d.kind, d.to?.name, []]);
    }
  });

  it('keeps a "which" clause next to its noun: a long or clausal topic gets a sentence of its own', () => {
    for (const { d } of employer) {
      expect(d.body).not.toMatch(/our discussion of (?:\S+ ){5,}\S+, which/);
      expect(d.body).not.toMatch(/our discussion of (?:whether|how|why|what)\b[^.,]*, which/);
    }
    const thanks = corpus.find((e) => e.name === '27-long-topic-linkedin')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(thanks.body).toContain("event-driven ledgers. That conversation gave me a clearer picture of the team's priorities.");
    const short = corpus.find((e) => e.name === '01-formal-one-contact')!.drafts.find((d) => d.kind === 'thank_you')!;
    expect(short.body).toContain("our discussion of event-driven billing, which gave me a clearer picture");
  });

  it('closes a British formal letter "Yours sincerely," after "Dear Mr Hale,", and spells out "Professor" on a letter', () => {
    let n = 0;
    for (const { d, record } of all.filter(({ d }) => d.channel === 'letter')) {
      expect(d.body).not.toMatch(/^Dear Prof\.? /);
      if (record.candidate.country !== 'GB' || record.company.culture === 'casual') continue;
      n++;
      expect(d.body).toMatch(/^Dear [^\n]+,\n[\s\S]*\n\nYours (sincerely|faithfully),\n/);
      expect(d.body).not.toMatch(/(^|\n)Sincerely,/);
      if (d.to && !/team$/.test(d.to.name)) expect(d.body).toContain('\n\nYours sincerely,\n');
    }
    expect(n).toBeGreaterThanOrEqual(2);
    const card = (name: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === 'handwritten_note')!;
    expect(card('20-british-formal').body).toMatch(/^Dear Mr Hale,[\s\S]*\n\nYours sincerely,\nOliver Hughes$/);
    expect(card('32-single-topic-only').body).toMatch(/^Dear Professor Oakes,[\s\S]*\n\nYours sincerely,\nOliver Hughes$/);
    expect(card('32-single-topic-only').findings.map((f) => f.rule)).not.toContain('wrong_name');
    // A US letter keeps "Sincerely,".
    expect(card('01-formal-one-contact').body).toMatch(/\n\nSincerely,\nJane Doe$/);
  });

  it('spells out an academic title before a surname alone in every formal salutation, emails and letters alike ("Dear Professor Oakes,"), and the name check accepts it; "Dr" stays', () => {
    for (const { d } of employer) expect(d.body).not.toMatch(/^(Dear|Hello|Hi) Prof\.? /);
    const oakes = corpus.find((e) => e.name === '32-single-topic-only')!.drafts.filter((d) => d.to?.name === 'Prof. Margaret Oakes');
    expect(oakes.filter((d) => d.channel === 'email').length).toBeGreaterThanOrEqual(7);
    for (const d of oakes) {
      expect(d.body).toMatch(/^Dear Professor Oakes,\n/);
      expect(d.findings.map((f) => f.rule)).not.toContain('wrong_name');
    }
    expect(corpus.find((e) => e.name === '03-doctor-honorific')!.drafts.find((d) => d.kind === 'follow_up_1')!.body).toMatch(/^Dear Dr\. Raman,/);
  });

  it('runs a casual card\'s topic into its closing thought, not a bare "I keep thinking about <topic>."', () => {
    for (const { d } of all.filter(({ d }) => d.channel === 'letter')) expect(d.body).not.toMatch(/I keep thinking about (?!what you said|one thing)[^.:]*\./);
    const card = corpus.find((e) => e.name === '02-casual-one-contact')!.drafts.find((d) => d.kind === 'handwritten_note')!;
    expect(card.body).toContain('Talking about why churn spiked after the pricing change was a highlight for me, and I came away even more excited about the Product Designer role at Loopwise.');
  });

  it('asks for feedback after a rejection without a doubled "really" or a cheery "All the best with the search!"; no comma before a second verb of the same subject ("…involves, and confirmed")', () => {
    let n = 0;
    for (const { d } of employer.filter(({ d }) => d.kind === 'feedback_request')) {
      n++;
      expect(d.body.match(/\breally\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(d.body).not.toMatch(/with the search!/);
    }
    expect(n).toBeGreaterThanOrEqual(30);
    for (const { d } of employer) expect(d.body).not.toMatch(/what the role involves, and confirmed/);
  });

  it('never offers a bare skill as what the candidate brings ("how my experience with SQL could help the team"): it is tied to the work discussed, and a strength comes first', () => {
    for (const { d } of employer.filter(({ d }) => ['follow_up_1', 'follow_up_2'].includes(d.kind))) expect(d.body).not.toMatch(/how my experience with [^,.]+ could help( the team)?,/);
    const of = (name: string, kind: string) => corpus.find((e) => e.name === name)!.drafts.find((d) => d.kind === kind)!.body;
    expect(of('30-next-year', 'follow_up_1')).toContain('how my experience with SQL could help with dbt model ownership');
    expect(of('01-formal-one-contact', 'follow_up_2')).toContain('my on-call leadership would be an asset to the team');
  });

  it('matches the checked-in snapshot (npm run generate:corpus rewrites it)', () => {
    expect(readFileSync(SNAPSHOT, 'utf8')).toBe(renderCorpus(corpus));
  });
});
