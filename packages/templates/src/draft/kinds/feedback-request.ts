/**
 * After a rejection: thanks without bitterness, one clear request for feedback, and the door
 * left open for future roles (the guide: not every employer answers, but it is worth asking).
 */
import type { Facts } from '../facts.ts';
import { hasFirstPerson, isNounLike } from '../phrase.ts';
import { type Template } from '../voice.ts';
import { citedTopic } from './thank-you.ts';

/**
 * What the feedback could cover, as the thank-you cited it: a topic, an indirect question
 * ("whether churn spiked …"), or the candidate's answer to a question put to them ("how I
 * explained why I chose commercial law"). Nothing to someone who was not there.
 */
function about(f: Facts): { topic: string; answer: boolean } | undefined {
  const t = f.wasThere ? citedTopic(f) : undefined;
  if (!t || t.frame === 'told') return undefined;
  if (t.frame === 'asked') return { topic: `how I ${t.text.startsWith('whether ') ? 'answered' : 'explained'} ${t.text}`, answer: true };
  return isNounLike(t) ? { topic: t.text, answer: hasFirstPerson(t.text) } : undefined;
}

export const feedbackRequest: Template = {
  formal: (f) => {
    const a = about(f);
    const topic = a && (a.answer ? a.topic : `our discussion of ${a.topic}`);
    return {
      subject: 'Thank you, and a request for feedback',
      paragraphs: [
        `Thank you for letting me know your decision on the ${f.role} position. While I am disappointed, I am grateful for the opportunity to interview with ${f.company} on ${f.date}.`,
        `If you are able to share any feedback on my interview${topic ? `, including ${topic}` : ''}, I would value it greatly as I continue my search.`,
        `I would welcome the chance to be considered for future roles, and I wish ${f.contact ? 'you and the team' : 'the team'} every success.`,
      ],
    };
  },
  casual: (f) => {
    const a = about(f);
    const topic = a && (a.answer && a.topic.startsWith('how I') ? a.topic : `when we talked about ${a.topic}`);
    return {
      subject: 'Thanks for letting me know',
      paragraphs: [
        `Thanks for the update on the ${f.role} role. I'm disappointed, of course, but I really enjoyed getting to know ${f.contact ? `the ${f.company} team` : 'you all'} on ${f.date}.`,
        `If you have a few minutes, I'd be grateful for any feedback on how I came across${topic ? `, especially ${topic}` : ''}. It would help me a lot.`,
        `I'd love to stay in touch for future openings. Wishing ${f.contact ? 'you and the team' : 'the whole team'} the very best.`,
      ],
    };
  },
};
