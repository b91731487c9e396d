/**
 * What a follow-up brings that the earlier drafts did not (facts.ts picks it: the second
 * topic, a project, a skill or strength), said by what it is: a topic as something discussed,
 * a project as work to do, a skill or strength as what the candidate brings.
 */
import type { Tone } from '../types.ts';
import type { Facts, Specific } from './facts.ts';
import nlp from 'compromise';
import { asMention, asNoun, hasFirstPerson, isAdjectival, isNounLike, similarReferent } from './phrase.ts';

/**
 * What the candidate brings, as a noun phrase: "my experience with Terraform", "my on-call
 * leadership", "my experience mentoring junior developers", "my ability to stay calm under pressure".
 */
export function bringing(s: Specific): string | undefined {
  const p = s.phrase;
  if (!isNounLike(p) || p.form === 'wh') return undefined;
  if (isAdjectival(p)) return `my ability to stay ${p.text}`;
  if (s.type === 'skill') return `my experience with ${p.text}`;
  // "calm incident command" praises the candidate; "my experience with incident command" does not.
  const praise = nlp(p.text).match('^#Adjective+').text();
  if (s.type === 'strength' && praise && !praise.includes('-') && praise.length < p.text.length) return `my experience with ${p.text.slice(praise.length).trim()}`;
  if (/^\p{Ll}+ing\b/u.test(p.text)) return `my experience ${p.text}`;
  return hasFirstPerson(p.text) ? undefined : `my ${p.text}`;
}

/**
 * A strength is a quality the candidate has, not something to keep thinking about: it gets a frame
 * of its own ("I'm confident my ability to stay calm under pressure would serve the team well"),
 * tied to what the conversation was about when the thank-you's topic is a plain noun phrase
 * (`where`: "warehouse staffing on peak days"). Undefined for anything but a strength said as a noun.
 */
export function quality(s: Specific, f: Pick<Facts, 'topic' | 'wasThere'>): { mine: string; where?: string } | undefined {
  if (s.type !== 'strength') return undefined;
  const mine = bringing(s);
  if (!mine) return undefined;
  const where = workDiscussed(f);
  return { mine, ...(where && { where }) };
}

/**
 * The thank-you's topic as the work a skill or strength would serve, when it is a plain noun
 * phrase of a few words the candidate did not make about themselves ("dbt model ownership").
 */
export function workDiscussed(f: Pick<Facts, 'topic' | 'wasThere'>): string | undefined {
  const t = f.topic;
  return f.wasThere && t && t.form === 'noun' && !t.frame && !hasFirstPerson(t.text) && t.text.split(/\s+/).length <= 6 ? t.text : undefined;
}

/** Where a noun goes: "our discussion of X", "how my experience with X could help the team". */
/**
 * `turn`: the second follow-up (1) frames what the candidate brings apart from the first (0).
 * `work`: what the conversation was about; a skill, often baseline for the role ("SQL" for an
 * Analytics Engineer), is tied to it rather than said bare ("how my experience with SQL could
 * help with dbt model ownership", not "… could help the team").
 */
export function freshRef(s: Specific, tone: Tone, turn = 0, work?: string): string | undefined {
  // "what you said about the team moving to Kafka", "our discussion of whether churn spiked …";
  // a question put to the candidate was theirs to answer, and the thank-you has had its say on it.
  if (s.type === 'topic' && !isNounLike(s.phrase)) {
    const n = asNoun(s.phrase);
    if (!n || n.frame === 'asked') return undefined;
    if (n.frame === 'told') return `what you said about ${n.text}`;
    return tone === 'formal' ? `our discussion of ${n.text}` : `our chat about ${n.text}`;
  }
  if (!isNounLike(s.phrase)) return undefined;
  const t = s.phrase.text;
  if (s.type === 'topic') return tone === 'formal' ? `our discussion of ${t}` : `our chat about ${t}`;
  if (s.type === 'project') return t;
  const mine = bringing(s);
  if (!mine) return undefined;
  if (turn === 1) return tone === 'formal' ? `how I could put ${mine} to work for the team` : `how I'd put ${mine} to work`;
  if (s.type === 'skill' && work) return `how ${mine} could help with ${work}`;
  return tone === 'formal' ? `how ${mine} could help the team` : `how ${mine} could help`;
}

/** A clause of the candidate's own, said as what they told the interviewer; `like`: what its "similar" is like. */
export interface Mention {
  /** "As I mentioned when we spoke, I led a similar redesign at my last job" (no final period). */
  said: string;
  /** The note the "similar" points to ("the onboarding redesign"): the sentence must go on to name it. */
  like?: string;
}

/**
 * A note that is a clause of the candidate's own ("led a similar migration"), said in a full
 * sentence, in their words: "As I mentioned when we spoke, I led a similar migration at my last
 * job". Never a label and a colon. When another note of the record (`f.topics`, `f.projects`) is
 * what its "similar" is like, the template goes on to name that note (`like`).
 */
export function freshMention(s: Specific, f: Pick<Facts, 'topics' | 'projects'>): Mention | undefined {
  if (s.type === 'topic') return undefined;
  const like = similarReferent(s.phrase, [...f.projects, ...f.topics]);
  const said = asMention(s.phrase);
  return said ? { said, ...(like && { like: like.text }) } : undefined;
}
