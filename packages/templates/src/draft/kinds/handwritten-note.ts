/** The handwritten card: a few lines, no subject, no email address under the name. */
import { hasFirstPerson } from '../phrase.ts';
import { fit, sentences, type Template } from '../voice.ts';
import { citedTopic } from './thank-you.ts';

export const handwrittenNote: Template = {
  formal: (f) => ({
    paragraphs: [
      sentences(
        f.contact
          ? `Thank you for taking the time to ${f.met === 'meeting' ? 'meet' : 'speak'} with me on ${f.date}.`
          : `Thank you to everyone who took the time to ${f.met === 'meeting' ? 'meet' : 'speak'} with me on ${f.date}.`,
        citedTopic(f) && f.wasThere
          ? fit(
              citedTopic(f)!,
              (t) => `${/^(your question|the question|what you said)/.test(t) ? `Our conversation, and ${t},` : `Our conversation about ${t}`} made me all the more eager to join ${f.company} in the ${f.role} role.`,
              (s) => `One point from it has stayed with me: ${s} It made me all the more eager to join ${f.company} in the ${f.role} role.`,
            )
          : `Our conversation made me all the more eager to join ${f.company} in the ${f.role} role.`,
      ),
      f.contact ? 'I am grateful for your time and hope to work with you soon.' : 'I am grateful for your time and hope to work with the team soon.',
    ],
  }),
  casual: (f) => ({
    paragraphs: [
      sentences(
        f.contact ? `Thank you for such a warm conversation on ${f.date}.` : `Thank you all for such a warm welcome on ${f.date}.`,
        citedTopic(f) && f.wasThere && fit(citedTopic(f)!, (t) => (/^(your question|the question|what you said)/.test(t) ? `I keep thinking about ${t}.` : hasFirstPerson(t) ? `I enjoyed talking you through ${t}.` : `I keep thinking about ${t}.`), (s) => `I keep thinking about one thing you said: ${s}`),
        `I came away even more excited about the ${f.role} role at ${f.company}.`,
      ),
      'Hope to see you again soon.',
    ],
  }),
};
