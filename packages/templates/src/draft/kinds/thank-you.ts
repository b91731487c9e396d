/**
 * The thank-you: within a day or two, naming the day, the role and what was discussed. Three
 * recipients, three notes: the primary contact gets the full one; each other interviewer of a
 * panel a short one of their own; a recruiter who was not in the room thanks for arranging it,
 * naming who it was with and citing nothing that was said. A concern is addressed only with
 * the candidate's own answer (`notes.answers`), never restated.
 */
import nlp from 'compromise';
import type { Facts } from '../facts.ts';
import { asNoun, asSentence, hasFirstPerson, isNounLike, type Phrase } from '../phrase.ts';
import { fit, sentences, withWhom, type Composition, type Template } from '../voice.ts';

const arranging: Template = {
  formal: (f) => {
    const who = withWhom(f);
    return {
      subject: [`Thank you for arranging my ${f.role} interview`, `Thank you for arranging my ${f.roleShort} interview`, 'Thank you for arranging my interview'],
      paragraphs: [
        `Thank you for arranging my interview${who ? ` with ${who}` : ''} for the ${f.role} position at ${f.company} on ${f.date}.`,
        'Everything was organized smoothly, and I came away from the conversation even more interested in the role.',
        'Thank you again for your help.',
      ],
    };
  },
  casual: (f) => {
    const who = withWhom(f);
    return {
      subject: [`Thanks for setting up my ${f.role} interview`, `Thanks for setting up my ${f.roleShort} interview`, 'Thanks for setting up my interview'],
      paragraphs: [
        `Thanks so much for setting up my chat${who ? ` with ${who}` : ''} about the ${f.role} role on ${f.date}.`,
        'Everything ran smoothly, and I came away even more excited about the team.',
        'Thanks again for your help.',
      ],
    };
  },
};

/** A panelist's topic: the one after the primary contact's, by seat, when the notes have several. */
function panelTopic(f: Facts): string | undefined {
  const nouns = f.topics.filter(isNounLike);
  if (!nouns.length) return undefined;
  return nouns[Math.max(0, f.seat) % nouns.length]!.text;
}

/** One sentence per seat, so two panelists never get the same note. */
const PANEL_FORMAL: ((t: string | undefined) => string)[] = [
  (t) => (t ? `I enjoyed our conversation about ${t} and hearing your perspective on the team's work.` : `I enjoyed hearing your perspective on the team's work.`),
  (t) => (t ? `Your perspective on ${t} gave me a clearer sense of how the team works.` : `Your questions gave me a clearer sense of how the team works.`),
  (t) => (t ? `I appreciated hearing how you think about ${t}.` : `I appreciated hearing how you approach the work.`),
];
const PANEL_CASUAL: ((t: string | undefined) => string)[] = [
  (t) => (t ? `It was great to hear your take on ${t}.` : `It was great to hear your take on the team's work.`),
  (t) => (t ? `I really enjoyed swapping notes on ${t}.` : `I really enjoyed hearing how the team works.`),
  (t) => (t ? `Thanks for walking me through how you see ${t}.` : `Thanks for sharing how you see the team's work.`),
];

const panelist: Template = {
  formal: (f) => ({
    subject: [`Thank you for your time on ${f.date}`, 'Thank you for your time'],
    paragraphs: [
      `Thank you for ${f.met} with me on ${f.date} as part of my interview for the ${f.role} position at ${f.company}.`,
      PANEL_FORMAL[Math.max(0, f.seat - 1) % PANEL_FORMAL.length]!(panelTopic(f)),
      'Thank you again for your time.',
    ],
  }),
  casual: (f) => ({
    subject: [`Thanks for your time on ${f.date}`, 'Thanks for your time'],
    paragraphs: [
      `Thanks for joining my interview for the ${f.role} role on ${f.date}.`,
      PANEL_CASUAL[Math.max(0, f.seat - 1) % PANEL_CASUAL.length]!(panelTopic(f)),
      'Hope to talk again soon.',
    ],
  }),
};

/**
 * The topic a thank-you cites. An interviewer's direct question ("Why did you choose commercial
 * law?") or a clause they told the candidate ("the team is moving to Kafka") is never pasted in:
 * it is recast (`asNoun`: "why I chose commercial law", asked; "the team moving to Kafka", told)
 * or left out.
 */
export function citedTopic(f: Facts): Phrase | undefined {
  const t = f.topic;
  if (!t || isNounLike(t) || t.form === 'predicate') return t;
  const noun = asNoun(t);
  if (noun) return noun;
  return t.form === 'sentence' && hasFirstPerson(t.text) ? t : undefined;
}

/**
 * A topic a "which" clause can follow and still be read as about the discussion: a plain noun
 * phrase of a few words ("event-driven billing"). After a longer one, or one with a preposition,
 * a conjunction or a clause of its own ("how the billing platform moves … to event-driven
 * ledgers"), "which" reads as about its last noun, so the thought takes a sentence of its own.
 */
function isCompact(t: Phrase): boolean {
  return t.form === 'noun' && t.text.split(/\s+/).length <= 4 && !nlp(t.text).has('(#Conjunction|#QuestionWord)') && !nlp(t.text).not('#Hyphenated').has('#Preposition');
}

/** The sentence that says what stayed with the candidate, by what the topic is. */
function topicLine(f: Facts, t: Phrase, tone: 'formal' | 'casual'): string {
  // "whether I would relocate" was a question to answer, not a subject to explain.
  if (t.frame === 'asked' && t.text.startsWith('whether ')) return `I was glad you asked ${t.text}.`;
  if (tone === 'formal') {
    if (t.frame === 'asked') return `I particularly enjoyed explaining ${t.text}.`;
    if (t.frame === 'told') return `I was particularly interested in what you said about ${t.text}.`;
    return fit(
      t,
      (x) =>
        f.short
          ? `I particularly valued our discussion of ${x}.`
          : isCompact(t)
            ? `I particularly valued our discussion of ${x}, which gave me a clearer picture of the team's priorities.`
            : `I particularly valued our discussion of ${x}. That conversation gave me a clearer picture of the team's priorities.`,
      (s) => `One point from our conversation has stayed with me: ${s}`,
    );
  }
  if (t.frame === 'asked') return `I really enjoyed telling you ${t.text}.`;
  if (t.frame === 'told') return `I was really interested in what you said about ${t.text}.`;
  return fit(
    t,
    (x) => (hasFirstPerson(x) ? `I really enjoyed talking you through ${x}.` : `I really enjoyed our deep dive into ${x}.`),
    (s) => `I keep coming back to something we talked about: ${s}`,
  );
}

/**
 * With nothing from the notes to cite, the thank-you says what any interview gives (a closer look
 * at the role and the team) and what the candidate can offer next, and invents nothing.
 */
function plainLine(f: Facts, tone: 'formal' | 'casual'): string {
  const inPerson = f.met === 'meeting';
  if (tone === 'formal') {
    return `${f.contact ? 'Our conversation' : 'Our conversations'} gave me a clearer picture of what the role involves and confirmed my interest in joining the team.`;
  }
  const seen = inPerson ? (f.contact ? 'It was great to meet you in person' : 'It was great to meet you all in person') : 'It was great to hear more about the role';
  return `${seen} and get a feel for how the team works, and I came away even more excited about the chance to join.`;
}

/** "contribute to the payments rewrite"; a "how I would …" note is something to show, not to join. */
function projectLine(f: Facts, tone: 'formal' | 'casual'): string | undefined {
  const p = f.project;
  if (f.short || !p) return undefined;
  const skill = f.skill && f.skill.form === 'noun' ? f.skill.text : undefined;
  if (p.form === 'wh') return tone === 'formal' ? `I would welcome the chance to show ${p.text}.` : `I'd love the chance to show you ${p.text}.`;
  return tone === 'formal'
    ? fit(
        p,
        (t) => `I would welcome the opportunity to contribute to ${t}${skill ? `, where my experience with ${skill} would be directly useful` : ''}.`,
        (s) => `I would welcome the opportunity to help with the project we discussed: ${s}`,
      )
    : fit(
        p,
        (t) => `I'd love to help with ${t}${skill ? `, especially given my background in ${skill}` : ''}.`,
        (s) => `I'd love to help with the project we talked about: ${s}`,
      );
}

const primary: Template = {
  formal: (f) => ({
    subject: [`Thank you for the ${f.role} interview`, `Thank you for the ${f.roleShort} interview`, 'Thank you for the interview'],
    paragraphs: [
      sentences(
        f.contact
          ? `Thank you for ${f.met} with me on ${f.date} to discuss the ${f.role} position at ${f.company}.`
          : `Thank you to everyone I met on ${f.date} for the chance to discuss the ${f.role} position at ${f.company}.`,
        citedTopic(f) ? topicLine(f, citedTopic(f)!, 'formal') : projectLine(f, 'formal') ? `I appreciated learning more about the team and its priorities.` : plainLine(f, 'formal'),
      ),
      f.answer && `I have also given more thought to one of your questions. ${asSentence(f.answer)}`,
      projectLine(f, 'formal'),
      !citedTopic(f) && !projectLine(f, 'formal') && !f.short && 'Please do let me know if any further information from me would be helpful.',
      sentences('Thank you again for your time and consideration.', !f.short && 'I look forward to hearing about the next steps.'),
    ],
  }),
  casual: (f) => ({
    subject: [
      f.topic && isNounLike(f.topic) && !hasFirstPerson(f.topic.text) && `Great talking with you about ${f.topic.text}`,
      `Great talking with you about the ${f.roleShort} role`,
      'Great talking with you',
    ],
    paragraphs: [
      sentences(
        f.contact
          ? `Thanks so much for making time to chat on ${f.date} about the ${f.role} role at ${f.company}!`
          : `Thanks to everyone who made time on ${f.date} to talk with me about the ${f.role} role at ${f.company}!`,
        citedTopic(f) ? topicLine(f, citedTopic(f)!, 'casual') : projectLine(f, 'casual') ? `I came away even more excited about joining the team.` : plainLine(f, 'casual'),
      ),
      f.answer && `One more thing on a question you asked: ${asSentence(f.answer)}`,
      projectLine(f, 'casual'),
      !citedTopic(f) && !projectLine(f, 'casual') && !f.short && `If there's anything else I can send over, just let me know.`,
      'Thanks again, and I hope we talk soon.',
    ],
  }),
};

function pick(f: Facts): Template {
  if (!f.wasThere) return arranging;
  if (f.contact && f.interviewer && f.contact !== f.interviewer) return panelist;
  return primary;
}

export const thankYou: Template = {
  formal: (f): Composition => pick(f).formal(f),
  casual: (f): Composition => pick(f).casual(f),
};
