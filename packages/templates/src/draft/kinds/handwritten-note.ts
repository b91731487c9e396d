/** The handwritten card: a few lines, no subject, no email address under the name. */
import { sentences, type Template } from '../voice.ts';

export const handwrittenNote: Template = {
  formal: (f) => ({
    paragraphs: [
      sentences(
        `Thank you for taking the time to meet with me on ${f.date}.`,
        f.topic
          ? `Our conversation about ${f.topic} made me all the more eager to join ${f.company} in the ${f.role} role.`
          : `Our conversation made me all the more eager to join ${f.company} in the ${f.role} role.`,
      ),
      'I am grateful for your time and hope to work with you soon.',
    ],
  }),
  casual: (f) => ({
    paragraphs: [
      sentences(
        `Thank you for such a warm conversation on ${f.date}.`,
        f.topic && `I keep thinking about ${f.topic}.`,
        `I'd be delighted to bring that energy to the ${f.role} role at ${f.company}.`,
      ),
      'Hope to see you again soon.',
    ],
  }),
};
