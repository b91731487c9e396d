/**
 * The last status check: gracious, asks for nothing but a closing word, and leaves the door
 * open. After it, POLICY sends only the move-on advice to the candidate.
 */
import type { Facts } from '../facts.ts';
import { hasFirstPerson, isNounLike } from '../phrase.ts';

/**
 * The closing note recalls the conversation, not the candidate's strengths (a brag reads oddly
 * in a last note), and in words the follow-ups did not use: a topic or project said as a noun.
 */
function recalled(f: Facts): { text: string; topic: boolean } | undefined {
  const s = f.fresh;
  if (s && (s.type === 'topic' || s.type === 'project') && isNounLike(s.phrase)) return { text: s.phrase.text, topic: s.type === 'topic' };
  // Otherwise the thank-you's topic as the candidate wrote it, in this note's own frame (a cut or
  // reworded note would repeat the thank-you's words, which repeated_frame rightly flags).
  const t = f.topic;
  const verbatim = t && t.raw.replace(/[.?!]+$/u, '').toLowerCase() === t.text.toLowerCase();
  return t && verbatim && isNounLike(t) && !hasFirstPerson(t.text) ? { text: t.text, topic: true } : undefined;
}
import { type Template } from '../voice.ts';

export const finalFollowUp: Template = {
  formal: (f) => {
    const ref = recalled(f);
    return {
      subject: [`Thank you, and a final note on the ${f.role} position`, `A final note on the ${f.roleShort} position`, 'A final note on my application'],
      paragraphs: [
        `I wanted to reach out one last time regarding the ${f.role} position at ${f.company}, which we discussed on ${f.date}.`,
        `I understand that priorities and timelines change, and I do not wish to take more of your time. If the team has moved forward with another candidate, a brief note would help me close the loop.`,
        ref
          ? `Whatever the outcome, I am grateful for ${/^(your question|the question|what you said)/.test(ref.text) ? `our conversation, including ${ref.text}` : `what I learned about ${ref.text}`}, and I would be glad to stay in touch for future opportunities at ${f.company}.`
          : `I would be glad to stay in touch for future opportunities at ${f.company}.`,
        `Thank you for considering my application. I wish ${f.contact ? 'you and the team' : 'the team'} every success.`,
      ],
    };
  },
  casual: (f) => {
    const ref = recalled(f);
    return {
      subject: [`Closing the loop on the ${f.role} role`, `Closing the loop on the ${f.roleShort} role`, 'Closing the loop'],
      paragraphs: [
        `I'll keep this short: this is my last note about the ${f.role} role at ${f.company}.`,
        `I know things shift, so if you've gone another way, no hard feelings at all. A one-line reply would help me plan.`,
        ref
          ? `I really enjoyed our conversation on ${f.date}, especially ${/^(your question|the question|what you said)/.test(ref.text) ? '' : ref.topic ? 'talking about ' : 'hearing about '}${ref.text}. I'd love to stay in touch either way.`
          : `I really enjoyed our conversation on ${f.date}, and I'd love to stay in touch either way.`,
        'Thanks for everything, and best of luck with the search.',
      ],
    };
  },
};
